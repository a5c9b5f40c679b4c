package org.genaikg.serve;

import org.apache.jena.sparql.algebra.Op;
import java.util.List;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;

/**
 * Rewrites the expressions of a query, after ARQ has optimised it, into the forms the server runs: pattern
 * functions that honour the deadline, and string functions and GROUP_CONCAT that honour the string cap. Installed per execution as
 * the query's optimiser (ARQ's own seam for algebra rewrites), so every expression is reached — in FILTER, BIND,
 * sub-SELECT, EXISTS, ORDER BY, GROUP BY, HAVING and aggregates alike.
 */
final class SafeExpressions extends ExprTransformCopy {
    private static final String FN_CONCAT = "http://www.w3.org/2005/xpath-functions#concat";
    private final int maxChars;

    SafeExpressions(int maxChars) {
        this.maxChars = maxChars;
    }

    /** ARQ's standard optimiser followed by this rewrite. */
    RewriteFactory optimiser() {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> rewrite(standard.rewrite(op));
        };
    }

    Op rewrite(Op op) {
        return Walker.transform(op, new CappedAggregates(), this);
    }

    /** Puts GROUP_CONCAT under the string cap; ARQ's walker copies aggregators rather than transforming them. */
    private final class CappedAggregates extends TransformCopy {
        @Override
        public Op transform(OpGroup group, Op subOp) {
            List<ExprAggregator> capped = group.getAggregators().stream()
                    .map(a -> new ExprAggregator(a.getVar(), CappedGroupConcat.capped(a.getAggregator(), maxChars)))
                    .toList();
            return OpGroup.create(subOp, group.getGroupVars(), capped);
        }
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) return new PatternFunction(PatternFunction.Kind.MATCH, args, maxChars);
        if (func instanceof E_StrReplace) return new PatternFunction(PatternFunction.Kind.REPLACE, args, maxChars);
        if (func instanceof E_Function f) {
            String iri = f.getFunctionIRI();
            if (QueryGuard.FN_MATCHES.equals(iri) && (args.size() == 2 || args.size() == 3)) {
                return new PatternFunction(PatternFunction.Kind.MATCH, args, maxChars);
            }
            if (QueryGuard.FN_REPLACE.equals(iri) && (args.size() == 3 || args.size() == 4)) {
                return new PatternFunction(PatternFunction.Kind.REPLACE, args, maxChars);
            }
            if (FN_CONCAT.equals(iri)) return new CappedString(super.transform(func, args), maxChars);
        }
        if (func instanceof E_StrConcat) return new CappedString(super.transform(func, args), maxChars);
        return super.transform(func, args);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        if (func instanceof E_StrEncodeForURI) return new CappedString(super.transform(func, arg), maxChars);
        return super.transform(func, arg);
    }
}
