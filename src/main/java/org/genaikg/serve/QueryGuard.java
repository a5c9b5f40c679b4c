package org.genaikg.serve;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * Looks at a query before it runs: refuses regular expressions that Java's engine can run for unbounded time
 * (it does not check the query time-out inside one REGEX call), and caps the rows of a SELECT.
 */
final class QueryGuard {
    /** Back-references, and a quantified group that itself contains a quantifier: (a+)+, (a|aa)*, (.*)* … */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");
    private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\((?:[^()]*[+*]|[^()]*\\|[^()]*)\\)[+*{]");

    /** What to do with a query: run it (possibly rewritten with a row cap) or refuse it with a reason. */
    record Decision(String query, boolean capped, String refusal) {
        static Decision refuse(String why) { return new Decision(null, false, why); }
    }

    /**
     * The deepest page an ordered query may ask for. ARQ sorts an ordered query with an offset while it plans it,
     * before its time-out is armed, so a deep offset over a large input cannot be cut off; within this bound the
     * sort is a bounded top-N that honours the time-out.
     */
    static final long MAX_ORDERED_OFFSET = 100_000;

    private final int maxRows;

    QueryGuard(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The top-N threshold the dataset must use so that every ordered query the guard lets through is a top-N. */
    static long topNThreshold(int maxRows) {
        return MAX_ORDERED_OFFSET + maxRows + 1;
    }

    Decision check(String text) {
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            return new Decision(text, false, null); // Fuseki answers 400 with the parser's message
        }
        Optional<String> regex = dangerousRegex(query);
        if (regex.isPresent()) {
            return Decision.refuse("REGEX pattern '" + regex.get() + "' is refused: back-references and nested "
                    + "quantifiers can take unbounded time. Use CONTAINS, STRSTARTS or a simpler pattern.");
        }
        if (query.hasOrderBy() && query.hasOffset() && query.getOffset() > MAX_ORDERED_OFFSET) {
            return Decision.refuse("OFFSET " + query.getOffset() + " with ORDER BY is refused: ordered answers can be "
                    + "paged up to OFFSET " + MAX_ORDERED_OFFSET + ". Narrow the query, or download the dumps under /dumps/.");
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            return new Decision(query.serialize(), true, null);
        }
        return new Decision(text, false, null);
    }

    private static Optional<String> dangerousRegex(Query query) {
        String[] found = new String[1];
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementFilter el) { inspect(el.getExpr(), found); }
            @Override public void visit(ElementBind el) { inspect(el.getExpr(), found); }
        });
        if (found[0] == null && query.getProject() != null) {
            query.getProject().getExprs().values().forEach(e -> inspect(e, found));
        }
        return Optional.ofNullable(found[0]);
    }

    private static void inspect(Expr expr, String[] found) {
        if (found[0] != null || !(expr instanceof ExprFunction fn)) return;
        if (fn instanceof E_Regex regex) {
            Expr pattern = regex.getArg(2);
            if (!pattern.isConstant()) {
                found[0] = "(computed at run time)";
                return;
            }
            String p = pattern.getConstant().getString();
            if (BACK_REFERENCE.matcher(p).find() || NESTED_QUANTIFIER.matcher(p).find()) {
                found[0] = p;
                return;
            }
        }
        for (Expr arg : fn.getArgs()) inspect(arg, found);
    }
}
