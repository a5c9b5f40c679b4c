package org.genaikg.web.view;

import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.LabelIndex;

/** Reads an answer's columns for drawing: which hold numbers, which dates, and each value as a reader names it. */
final class AnswerColumns {
    private static final Set<String> NUMBERS = Set.of(XSDDatatype.XSDinteger.getURI(), XSDDatatype.XSDdecimal.getURI(),
            XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDfloat.getURI(), XSDDatatype.XSDint.getURI(),
            XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI());
    private static final Set<String> DATES = Set.of(XSDDatatype.XSDdate.getURI(), XSDDatatype.XSDgYearMonth.getURI(),
            XSDDatatype.XSDgYear.getURI(), XSDDatatype.XSDdateTime.getURI());

    private final Answers.Table table;
    private final LabelIndex labels;

    AnswerColumns(Answers.Table table, LabelIndex labels) {
        this.table = table;
        this.labels = labels;
    }

    List<Var> vars() {
        return table.vars();
    }

    List<Binding> rows() {
        return table.rows();
    }

    /** The columns whose every value is a number (and that have one). */
    List<Var> numeric() {
        return table.vars().stream().filter(v -> all(v, AnswerColumns::isNumber)).toList();
    }

    /** The columns that are not numbers, in the answer's order. */
    List<Var> other() {
        List<Var> numeric = numeric();
        return table.vars().stream().filter(v -> !numeric.contains(v)).toList();
    }

    /**
     * The column that names the rows best: of the columns neither numbers nor in {@code except}, the one with the most
     * distinct values (the first of equals) — the products, not the one period they share.
     */
    Var labels(List<Var> except) {
        Var best = null;
        long most = -1;
        for (Var v : other()) {
            if (except.contains(v)) continue;
            long distinct = table.rows().stream().map(r -> r.get(v)).filter(java.util.Objects::nonNull).distinct().count();
            if (distinct > most) {
                best = v;
                most = distinct;
            }
        }
        return best;
    }

    /** The first column whose every value is a date (day, month, year or instant). */
    Var dates() {
        return table.vars().stream().filter(v -> all(v, AnswerColumns::isDate)).findFirst().orElse(null);
    }

    /** The first columns whose values are all resources. */
    List<Var> resources() {
        return table.vars().stream().filter(v -> all(v, Node::isURI)).toList();
    }

    private boolean all(Var v, java.util.function.Predicate<Node> test) {
        boolean any = false;
        for (Binding row : table.rows()) {
            Node n = row.get(v);
            if (n == null) continue;
            if (!test.test(n)) return false;
            any = true;
        }
        return any;
    }

    static boolean isNumber(Node n) {
        return n.isLiteral() && NUMBERS.contains(n.getLiteralDatatypeURI());
    }

    static boolean isDate(Node n) {
        return n.isLiteral() && (DATES.contains(n.getLiteralDatatypeURI())
                || n.getLiteralLexicalForm().matches("\\d{4}(-\\d{2}(-\\d{2})?)?(/\\d{4}(-\\d{2}(-\\d{2})?)?)?"));
    }

    static Double number(Node n) {
        if (n == null || !isNumber(n)) return null;
        try {
            return Double.valueOf(n.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A value as a reader names it: a resource by its names, a literal as written. */
    Bilingual name(Node n) {
        if (n == null) return Bilingual.of("—", "");
        if (n.isURI()) {
            Bilingual b = labels.label(n);
            return b.isEmpty() ? Bilingual.of(GraphReader.localName(n), "") : b;
        }
        if (n.isLiteral()) return Bilingual.of(n.getLiteralLexicalForm(), "");
        return Bilingual.of(n.toString(), "");
    }

    /** A column's name as its heading. */
    static Bilingual heading(Var v) {
        return Bilingual.of(v.getVarName(), "");
    }
}
