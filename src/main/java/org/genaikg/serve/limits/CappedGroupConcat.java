package org.genaikg.serve.limits;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * GROUP_CONCAT as the server runs it: the same string, refused once it is longer than the server's string cap —
 * a GROUP_CONCAT over a cross product would otherwise grow until the heap is full.
 */
public final class CappedGroupConcat {
    private static final String DEFAULT_SEPARATOR = " ";

    private CappedGroupConcat() {}

    /** {@code aggregator} with its string capped when it is a GROUP_CONCAT; any other aggregator as it is. */
    static Aggregator capped(Aggregator aggregator, int maxChars) {
        if (aggregator instanceof Plain || aggregator instanceof Distinct) return aggregator;
        if (aggregator instanceof AggGroupConcat g) return new Plain(g.getExprList().get(0), g.getSeparator(), maxChars);
        if (aggregator instanceof AggGroupConcatDistinct g) {
            return new Distinct(g.getExprList().get(0), g.getSeparator(), maxChars);
        }
        return aggregator;
    }

    private static final class Plain extends AggGroupConcat {
        private final int maxChars;

        Plain(Expr expr, String separator, int maxChars) {
            super(expr, separator);
            this.maxChars = maxChars;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joined(getExprList().get(0), false, getSeparator(), maxChars);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), getSeparator(), maxChars);
        }
    }

    private static final class Distinct extends AggGroupConcatDistinct {
        private final int maxChars;

        Distinct(Expr expr, String separator, int maxChars) {
            super(expr, separator);
            this.maxChars = maxChars;
        }

        @Override
        public Accumulator createAccumulator() {
            return new Joined(getExprList().get(0), true, getSeparator(), maxChars);
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), getSeparator(), maxChars);
        }
    }

    private static final class Joined extends AccumulatorExpr {
        private final StringBuilder joined = new StringBuilder();
        private final String separator;
        private final int maxChars;
        private boolean first = true;

        Joined(Expr expr, boolean distinct, String separator, int maxChars) {
            super(expr, distinct);
            this.separator = separator == null ? DEFAULT_SEPARATOR : separator;
            this.maxChars = maxChars;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv functionEnv) {
            if (!first) joined.append(separator);
            joined.append(nv.asString());
            first = false;
            if (joined.length() > maxChars) throw CappedString.tooLong(maxChars);
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv functionEnv) {}

        @Override
        public NodeValue getAccValue() {
            return NodeValue.makeString(joined.toString());
        }
    }
}
