package org.genaikg.serve.limits;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The value of a string function that can grow its input (CONCAT, fn:concat, ENCODE_FOR_URI), refused once it is
 * longer than the server's cap: doubling a string a few dozen times would otherwise fill the heap.
 */
public final class CappedString extends ExprFunction1 {
    private final int maxChars;

    CappedString(Expr expr, int maxChars) {
        super(expr, "capped");
        this.maxChars = maxChars;
    }

    static AnswerTooLargeException tooLong(int maxChars) {
        return new AnswerTooLargeException("The query computes a string longer than " + maxChars
                + " characters, more than this server computes for one value.");
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (v.isLiteral() && v.asNode().getLiteralLexicalForm().length() > maxChars) throw tooLong(maxChars);
        return v;
    }

    @Override
    public Expr copy(Expr e) {
        return new CappedString(e, maxChars);
    }
}
