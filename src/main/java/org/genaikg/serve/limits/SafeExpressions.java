package org.genaikg.serve.limits;

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
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.sparql.expr.E_Add;
import org.apache.jena.sparql.expr.E_Divide;
import org.apache.jena.sparql.expr.E_Multiply;
import org.apache.jena.sparql.expr.E_NumAbs;
import org.apache.jena.sparql.expr.E_NumCeiling;
import org.apache.jena.sparql.expr.E_NumFloor;
import org.apache.jena.sparql.expr.E_NumRound;
import org.apache.jena.sparql.expr.E_StrDatatype;
import org.apache.jena.sparql.expr.E_Subtract;
import org.apache.jena.sparql.expr.E_UnaryMinus;
import org.apache.jena.sparql.expr.E_UnaryPlus;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.XSD;

/**
 * Rewrites the expressions of a query, after ARQ has optimised it, into the forms the server runs: pattern
 * functions that honour the deadline, string functions and GROUP_CONCAT that honour the string cap, and arithmetic
 * whose numbers stay within {@link BoundedNumber}'s bound. Installed per execution as
 * the query's optimiser (ARQ's own seam for algebra rewrites), so every expression is reached — in FILTER, BIND,
 * sub-SELECT, EXISTS, ORDER BY, GROUP BY, HAVING and aggregates alike.
 */
public final class SafeExpressions extends ExprTransformCopy {
    private static final String FN_CONCAT = FunctionAllowList.FN + "concat";
    private static final String FN_ENCODE_FOR_URI = FunctionAllowList.FN + "encode-for-uri";
    private static final Set<String> NUMERIC_FUNCTIONS = Set.of(FunctionAllowList.FN + "abs",
            FunctionAllowList.FN + "ceiling", FunctionAllowList.FN + "floor", FunctionAllowList.FN + "round");
    private final int maxChars;
    private final BoundedTopN topN;

    SafeExpressions(int maxChars, long topNThreshold) {
        this.maxChars = maxChars;
        this.topN = new BoundedTopN(topNThreshold);
    }

    /**
     * ARQ's standard optimiser, then VALUES tables joined where they are used, the server's top-N for ordered slices
     * ARQ left whole, and this rewrite.
     */
    RewriteFactory optimiser() {
        return context -> {
            var standard = Optimize.stdOptimizationFactory.create(context);
            return op -> rewrite(Walker.transform(Walker.transform(standard.rewrite(op), LATE_VALUES), topN));
        };
    }

    private static final LateValues LATE_VALUES = new LateValues();

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
            if (FN_CONCAT.equals(iri) || FN_ENCODE_FOR_URI.equals(iri)) {
                return new CappedString(super.transform(func, args), maxChars);
            }
            if (NUMERIC_FUNCTIONS.contains(iri) || isNumericCast(iri)) {
                // a cast parses its argument's text: the text is bounded before it is parsed
                ExprList bounded = new ExprList();
                args.forEach(a -> bounded.add(isNumericCast(iri) ? BoundedNumber.text(a) : BoundedNumber.value(a)));
                return BoundedNumber.value(new E_Function(iri, bounded));
            }
        }
        if (func instanceof E_StrConcat) return new CappedString(super.transform(func, args), maxChars);
        return super.transform(func, args);
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        if (func instanceof E_StrEncodeForURI) return new CappedString(super.transform(func, arg), maxChars);
        if (func instanceof E_UnaryMinus || func instanceof E_UnaryPlus || func instanceof E_NumAbs
                || func instanceof E_NumCeiling || func instanceof E_NumFloor || func instanceof E_NumRound) {
            return BoundedNumber.value(func.copy(BoundedNumber.value(arg)));
        }
        return super.transform(func, arg);
    }

    @Override
    public Expr transform(ExprFunction2 func, Expr arg1, Expr arg2) {
        if (func instanceof E_Add || func instanceof E_Subtract || func instanceof E_Multiply || func instanceof E_Divide) {
            return BoundedNumber.value(func.copy(BoundedNumber.value(arg1), BoundedNumber.value(arg2)));
        }
        if (func instanceof E_StrDatatype) return new NumericText(arg1, arg2);
        return super.transform(func, arg1, arg2);
    }

    private static boolean isNumericCast(String iri) {
        return iri.startsWith(XSD.NS) && BoundedNumber.isNumeric(TypeMapper.getInstance().getTypeByName(iri));
    }

    /** STRDT as ARQ runs it, but a numeric literal is made only from a text short enough to parse in bounded time. */
    private static final class NumericText extends ExprFunction2 {
        private final E_StrDatatype strdt;

        NumericText(Expr lexical, Expr datatype) {
            super(lexical, datatype, "strdt");
            this.strdt = new E_StrDatatype(lexical, datatype);
        }

        @Override
        public NodeValue eval(NodeValue lexical, NodeValue datatype) {
            if (datatype.isIRI() && BoundedNumber.isNumeric(TypeMapper.getInstance().getTypeByName(datatype.asNode().getURI()))
                    && lexical.isLiteral() && lexical.asNode().getLiteralLexicalForm().length() > BoundedNumber.MAX_TEXT_CHARS) {
                throw new ExprEvalException("a number of more than " + BoundedNumber.MAX_DIGITS + " digits");
            }
            return strdt.eval(lexical, datatype);
        }

        @Override
        public Expr copy(Expr lexical, Expr datatype) {
            return new NumericText(lexical, datatype);
        }
    }
}
