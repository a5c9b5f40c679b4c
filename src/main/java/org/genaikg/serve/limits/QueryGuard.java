package org.genaikg.serve.limits;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Call;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggCustom;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.vocabulary.RDF;

/**
 * Looks at a parsed query before it runs and refuses what no time-out can make safe: regular expressions that
 * Java's engine can run for unbounded time, SERVICE calls the operator has not allowed, and ordered pages too deep
 * to sort within bounds. It walks the whole algebra, so a pattern is found wherever it stands: in a FILTER, BIND,
 * sub-SELECT, EXISTS, ORDER BY, GROUP BY, HAVING or aggregate.
 */
public final class QueryGuard {
    /** Every function that compiles a pattern: SPARQL's REGEX and REPLACE, XPath's, and ARQ's strSplit. */
    static final String FN_MATCHES = "http://www.w3.org/2005/xpath-functions#matches";
    static final String FN_REPLACE = "http://www.w3.org/2005/xpath-functions#replace";
    static final String STR_SPLIT_IRI = "http://jena.apache.org/ARQ/property#strSplit";

    /**
     * The deepest page an ordered query may ask for. Within this bound ARQ sorts an ordered page as a bounded top-N;
     * beyond it a full sort of the input would be needed.
     */
    static final long MAX_ORDERED_OFFSET = 100_000;
    /** Deeper nesting than any real question needs; the parser recurses once per level. */
    static final int MAX_NESTING = 64;
    static final int MAX_PATTERN_CHARS = 512;
    /** {@code .*a.*a.*a.*a.*b} needs time growing with the input length to the power of its repeats. */
    static final int MAX_UNBOUNDED_REPEATS = 3;

    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\[1-9]|\\\\k<");
    /** A group that holds a quantifier or an alternation, itself quantified: (a+)+, (.*a){8}, (a|aa)* … */
    private static final Pattern NESTED_QUANTIFIER = Pattern.compile("\\([^()]*(?:[*+?}]|\\|)[^()]*\\)[*+?{]");
    private static final Pattern UNBOUNDED = Pattern.compile("(?<!\\\\)(?:[*+]|\\{\\d+,\\})");

    private final int maxRows;
    private final Set<String> serviceHosts;
    private final FunctionAllowList functions;

    public QueryGuard(int maxRows, Set<String> serviceHosts, FunctionAllowList functions) {
        this.maxRows = maxRows;
        this.serviceHosts = Set.copyOf(serviceHosts);
        this.functions = functions;
    }

    /** The top-N threshold the dataset must use so that every ordered query the guard lets through is a top-N. */
    static long topNThreshold(int maxRows) {
        return MAX_ORDERED_OFFSET + maxRows + 1;
    }

    /**
     * Refuses query text nested deeper than {@link #MAX_NESTING} before it reaches the parser, which would
     * otherwise recurse into a StackOverflowError. Brackets inside strings, IRIs and comments do not count.
     */
    public static Optional<String> refusalOfText(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(text, i);
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
            } else if (c == '<' && isIri(text, i)) {
                i = text.indexOf('>', i);
            } else if (c == '{' || c == '(' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            }
        }
        return deepest > MAX_NESTING
                ? Optional.of("The query is nested " + deepest + " levels deep; at most " + MAX_NESTING + " are accepted.")
                : Optional.empty();
    }

    private static int endOfString(String text, int start) {
        char quote = text.charAt(start);
        boolean longForm = text.startsWith(String.valueOf(quote).repeat(3), start);
        String end = longForm ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int i = start + end.length();
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith(end, i)) {
                return i + end.length() - 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static boolean isIri(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') return true;
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}') return false;
        }
        return false;
    }

    /** Why {@code query} must not run, or empty when it may. */
    public Optional<String> refusal(Query query) {
        if (query.isJsonType()) return Optional.of("JSON queries are not offered; use SELECT with the JSON results format.");
        if (query.hasOrderBy() && query.hasOffset() && query.getOffset() > MAX_ORDERED_OFFSET) {
            return Optional.of("OFFSET " + query.getOffset() + " with ORDER BY is refused: ordered answers can be "
                    + "paged up to OFFSET " + MAX_ORDERED_OFFSET + ". Narrow the query, or download the dumps under /dumps/.");
        }
        if (query.getQueryPattern() == null) return Optional.empty(); // DESCRIBE <iri> with no WHERE
        Finding finding = new Finding();
        Op op = Algebra.compile(query);
        Expressions expressions = new Expressions(finding, functions);
        Walker.walk(op, new Operators(finding, expressions), expressions);
        return Optional.ofNullable(finding.refusal);
    }

    /** Caps the rows of a SELECT (and the resources of a DESCRIBE) in the parsed query; true when it did. */
    public boolean capRows(Query query) {
        boolean limited = query.isSelectType() || query.isDescribeType() && query.getQueryPattern() != null;
        if (!limited || query.hasLimit() && query.getLimit() <= maxRows) return false;
        query.setLimit(maxRows);
        return true;
    }

    /** Why a regular expression must not run, or empty when it may. */
    static Optional<String> refusalOfPattern(String function, String pattern) {
        String why = null;
        if (pattern.length() > MAX_PATTERN_CHARS) {
            why = "is longer than " + MAX_PATTERN_CHARS + " characters";
        } else if (BACK_REFERENCE.matcher(pattern).find()) {
            why = "uses a back-reference, which can take unbounded time";
        } else if (NESTED_QUANTIFIER.matcher(pattern).find()) {
            why = "repeats a group that itself repeats or alternates, which can take unbounded time";
        } else if (UNBOUNDED.matcher(pattern).results().count() > MAX_UNBOUNDED_REPEATS) {
            why = "has more than " + MAX_UNBOUNDED_REPEATS + " unbounded repeats (* + {n,}), whose time grows as a power of the input";
        } else {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                why = "is not a valid regular expression: " + e.getDescription();
            }
        }
        return why == null ? Optional.empty() : Optional.of(function + " pattern '" + pattern + "' is refused: it " + why
                + ". Use CONTAINS, STRSTARTS or a simpler pattern.");
    }

    private static final class Finding {
        public String refusal;

        void refuse(Optional<String> why) {
            if (refusal == null && why.isPresent()) refusal = why.get();
        }
    }

    private final class Operators extends OpVisitorBase {
        private final Finding finding;
        private final Expressions expressions;

        Operators(Finding finding, Expressions expressions) {
            this.finding = finding;
            this.expressions = expressions;
        }

        /** ARQ's walker leaves out the sort conditions and the aggregates' arguments; this visitor goes into them. */
        @Override
        public void visit(OpOrder op) {
            op.getConditions().forEach(c -> walkInside(c.getExpression()));
        }

        @Override
        public void visit(OpTopN op) {
            op.getConditions().forEach(c -> walkInside(c.getExpression()));
        }

        @Override
        public void visit(OpGroup op) {
            for (ExprAggregator agg : op.getAggregators()) {
                if (agg.getAggregator() instanceof AggCustom custom) {
                    finding.refuse(Optional.of("The aggregate <" + custom.getIRI() + "> is not offered on this server: "
                            + "it offers SPARQL 1.1's aggregates."));
                }
                ExprList args = agg.getAggregator().getExprList();
                if (args != null) args.forEach(this::walkInside);
            }
        }

        private void walkInside(Expr expr) {
            Walker.walk(expr, this, expressions);
        }

        @Override
        public void visit(OpService op) {
            finding.refuse(refusalOfService(op.getService()));
        }

        @Override
        public void visit(OpBGP op) {
            List<Triple> triples = op.getPattern().getList();
            Map<ListStep, Triple> bySubjectAndPredicate = new HashMap<>();
            for (Triple t : triples) {
                bySubjectAndPredicate.put(new ListStep(t.getSubject(), t.getPredicate()), t);
            }
            for (Triple t : triples) {
                if (t.getPredicate().isURI()) finding.refuse(functions.refusalOfProperty(t.getPredicate().getURI()));
                if (t.getPredicate().isURI() && STR_SPLIT_IRI.equals(t.getPredicate().getURI())) {
                    finding.refuse(refusalOfSplit(t.getObject(), bySubjectAndPredicate));
                }
                finding.refuse(BoundedNumber.refusalOfLiteral(t.getSubject()));
                finding.refuse(BoundedNumber.refusalOfLiteral(t.getObject()));
            }
        }

        @Override
        public void visit(OpPath op) {
            finding.refuse(BoundedNumber.refusalOfLiteral(op.getTriplePath().getSubject()));
            finding.refuse(BoundedNumber.refusalOfLiteral(op.getTriplePath().getObject()));
        }

        @Override
        public void visit(OpTable op) {
            op.getTable().rows().forEachRemaining(row -> row.vars().forEachRemaining(
                    v -> finding.refuse(BoundedNumber.refusalOfLiteral(row.get(v)))));
        }
    }

    private Optional<String> refusalOfService(Node service) {
        if (serviceHosts.isEmpty()) {
            return Optional.of("SERVICE is off on this server: it never calls another endpoint for a query. "
                    + "Query the other endpoint yourself, or start the server with --allow-service HOST.");
        }
        if (!service.isURI()) return Optional.empty(); // SERVICE ?var: checked per call against the allow-list
        String host = hostOf(service.getURI());
        return host != null && serviceHosts.contains(host) ? Optional.empty()
                : Optional.of("SERVICE <" + service.getURI() + "> is refused: this server calls only " + serviceHosts + ".");
    }

    static String hostOf(String iri) {
        try {
            URI uri = URI.create(iri);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) return null;
            return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code ?parts apf:strSplit (?text "pattern")}: the pattern is the second member of the object list. */
    private static Optional<String> refusalOfSplit(Node list, Map<ListStep, Triple> triples) {
        Triple rest = triples.get(new ListStep(list, RDF.Nodes.rest));
        Triple second = rest == null ? null : triples.get(new ListStep(rest.getObject(), RDF.Nodes.first));
        if (second == null || !second.getObject().isLiteral()) {
            return Optional.of("apf:strSplit is refused unless its pattern is a constant string.");
        }
        return refusalOfPattern("apf:strSplit", second.getObject().getLiteralLexicalForm());
    }

    /** One step along an RDF list written in a basic graph pattern. */
    private record ListStep(Node subject, Node predicate) {}

    private static final class Expressions extends ExprVisitorBase {
        private final Finding finding;
        private final FunctionAllowList functions;

        Expressions(Finding finding, FunctionAllowList functions) {
            this.finding = finding;
            this.functions = functions;
        }

        @Override
        public void visit(NodeValue nv) {
            finding.refuse(BoundedNumber.refusalOfLiteral(nv.asNode()));
        }

        @Override
        public void visit(ExprFunctionN func) {
            if (func instanceof E_Call) {
                finding.refuse(Optional.of("CALL is refused: a function chosen while the query runs cannot be checked "
                        + "before it runs. Call the function by its name."));
            }
            if (func instanceof E_Function f) finding.refuse(functions.refusalOfFunction(f.getFunctionIRI()));
            if (func instanceof E_Regex) check("REGEX", func, 1);
            else if (func instanceof E_StrReplace) check("REPLACE", func, 1);
            else if (func instanceof E_Function f && FN_MATCHES.equals(f.getFunctionIRI())) check("fn:matches", func, 1);
            else if (func instanceof E_Function f && FN_REPLACE.equals(f.getFunctionIRI())) check("fn:replace", func, 1);
        }

        private void check(String name, ExprFunction func, int patternArg) {
            if (func.numArgs() <= patternArg) return;
            Expr pattern = func.getArg(patternArg + 1);
            if (!pattern.isConstant() || !pattern.getConstant().isString()) {
                finding.refuse(Optional.of(name + " is refused unless its pattern is a constant string: a pattern "
                        + "computed at run time cannot be checked before the query runs."));
                return;
            }
            finding.refuse(refusalOfPattern(name, pattern.getConstant().getString()));
        }
    }
}
