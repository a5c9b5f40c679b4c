package org.genaikg.serve.limits;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * A number on its way into or out of arithmetic, refused once it has more than {@link #MAX_DIGITS} digits. Java's
 * big-number arithmetic, and the parsing of a number's text, take time growing faster than the number's length and
 * never look at a deadline: squaring a 20,000-digit number a few times would run for minutes. Checked before each
 * operation (on its arguments) and after it (on its result), so no computation starts on a number that could
 * outrun the query's time-out. A refused number is an evaluation error, as any other SPARQL type error: the
 * expression has no value.
 */
public final class BoundedNumber extends ExprFunction1 {
    /** Far more than any measured quantity needs (a 64-bit integer has 19 digits). */
    static final int MAX_DIGITS = 10_000;
    /** The longest text a number may be made from (digits, a sign, a point, leading zeros or spaces aside). */
    static final int MAX_TEXT_CHARS = MAX_DIGITS + 64;
    private static final double BITS_PER_DIGIT = Math.log(10) / Math.log(2);
    private static final long MAX_BITS = (long) Math.ceil(MAX_DIGITS * BITS_PER_DIGIT);

    /** What is checked: a number's size, or the length of a text a number is about to be parsed from. */
    enum Check { VALUE, TEXT }

    private final Check check;

    BoundedNumber(Expr expr, Check check) {
        super(expr, check == Check.VALUE ? "bounded-number" : "bounded-number-text");
        this.check = check;
    }

    static Expr value(Expr expr) {
        return new BoundedNumber(expr, Check.VALUE);
    }

    static Expr text(Expr expr) {
        return new BoundedNumber(expr, Check.TEXT);
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (check == Check.TEXT && v.isLiteral() && v.asNode().getLiteralLexicalForm().length() > MAX_TEXT_CHARS) {
            throw tooLong();
        }
        if (v.isInteger() && isTooBig(v.getInteger())) throw tooLong();
        if (v.isDecimal() && isTooBig(v.getDecimal())) throw tooLong();
        return v;
    }

    static boolean isTooBig(BigInteger n) {
        return n.bitLength() > MAX_BITS;
    }

    static boolean isTooBig(BigDecimal d) {
        return Math.abs((long) d.scale()) > MAX_DIGITS || isTooBig(d.unscaledValue());
    }

    private static ExprEvalException tooLong() {
        return new ExprEvalException("a number of more than " + MAX_DIGITS + " digits");
    }

    /** Why a literal written in the query is refused: a number longer than {@link #MAX_DIGITS} digits. */
    static Optional<String> refusalOfLiteral(Node node) {
        if (node == null || !node.isLiteral() || !isNumeric(node.getLiteralDatatype())) return Optional.empty();
        String lexical = node.getLiteralLexicalForm();
        long digits = lexical.chars().filter(Character::isDigit).count();
        return digits <= MAX_DIGITS ? Optional.empty()
                : Optional.of("A number of " + digits + " digits is refused: numbers may have at most " + MAX_DIGITS
                + " digits on this server.");
    }

    static boolean isNumeric(RDFDatatype type) {
        return type instanceof XSDDatatype xsd && XSDFuncOp.isNumericDatatype(xsd);
    }

    @Override
    public Expr copy(Expr expr) {
        return new BoundedNumber(expr, check);
    }
}
