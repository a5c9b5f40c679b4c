package org.genaikg.serve.limits;

import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The limits every execution carries: the deadline reaches a running match and a draining operator; strings are capped. */
class QueryLimitsTest {
    private static final int TIMEOUT_SECONDS = 1;
    private final QueryLimits limits = new QueryLimits(TIMEOUT_SECONDS, 10_000, 20_000, Set.of());

    private static DatasetGraph dataset(int triples) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < triples; i++) {
            g.add(Triple.create(NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString("value " + i)));
        }
        return DatasetGraphFactory.wrap(g);
    }

    private QueryExec exec(DatasetGraph dsg, String query) {
        return limits.applyTo(QueryExec.newBuilder().dataset(dsg).query(QueryFactory.create(query)), dsg).build();
    }

    @Test
    void aMatchInProgressEndsWhenItsExecutionIsCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean(true);
        CharSequence text = new CancellableText("a".repeat(20_000), cancelled);
        assertThrows(QueryCancelledException.class, () -> Pattern.compile("a.*a.*a.*b").matcher(text).find());
        cancelled.set(false);
        assertTrue(Pattern.compile("a{3}").matcher(new CancellableText("baaab", cancelled)).find());
    }

    @Test
    void aSlowRegexIsStoppedAtTheDeadline() {
        String longA = "BIND(\"aaaaaaaa\" AS ?a0) " + IntStream.range(0, 11)
                .mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ").collect(Collectors.joining());
        try (QueryExec exec = exec(dataset(1), "ASK { " + longA + " FILTER(REGEX(?a11, \"a.*a.*a.*b\")) }")) {
            assertThrows(QueryCancelledException.class, exec::ask);
        }
    }

    @Test
    void aDrainingOperatorIsStoppedAtTheDeadline() {
        try (QueryExec exec = exec(dataset(300), "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")) {
            assertThrows(QueryCancelledException.class, () -> exec.select().forEachRemaining(row -> {}));
        }
    }

    @Test
    void groupConcatIsCappedAndStillJoins() {
        try (QueryExec exec = exec(dataset(300), "SELECT (GROUP_CONCAT(?o) AS ?all) { ?s ?p ?o . ?t ?q ?r }")) {
            assertThrows(AnswerTooLargeException.class, () -> exec.select().next());
        }
        try (QueryExec exec = exec(dataset(300), "SELECT (GROUP_CONCAT(DISTINCT CONCAT(?o, STR(?t))) AS ?all) { ?s ?p ?o . ?t ?q ?r }")) {
            assertThrows(AnswerTooLargeException.class, () -> exec.select().next());
        }
        String joined = "SELECT (GROUP_CONCAT(?o; separator=\"|\") AS ?all) (GROUP_CONCAT(DISTINCT ?p) AS ?ps) "
                + "{ SELECT ?o ?p { ?s ?p ?o } ORDER BY ?o }";
        try (QueryExec exec = exec(dataset(3), joined)) {
            var row = exec.select().next();
            assertEquals("value 0|value 1|value 2", row.get("all").getLiteralLexicalForm());
            assertEquals("urn:p", row.get("ps").getLiteralLexicalForm());
        }
    }

    @Test
    void computedStringsAreCapped() {
        String doubling = "SELECT ?a12 { BIND(\"abcdefgh\" AS ?a0) " + IntStream.range(0, 12)
                .mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ").collect(Collectors.joining()) + "}";
        try (QueryExec exec = exec(dataset(1), doubling)) {
            AnswerTooLargeException e = assertThrows(AnswerTooLargeException.class, () -> exec.select().next());
            assertTrue(e.getMessage().contains("longer than 20000"), e.getMessage());
        }
        try (QueryExec exec = exec(dataset(1), "SELECT (REPLACE(\"abc\", \"b\", \"xx\") AS ?r) {}")) {
            assertEquals("axxc", exec.select().next().get("r").getLiteralLexicalForm(), "REPLACE still replaces");
        }
        try (QueryExec exec = exec(dataset(1), "ASK { FILTER(REGEX(\"Deep Seek\", \"^deep\", \"i\")) }")) {
            assertTrue(exec.ask(), "REGEX still matches, with flags");
        }
        try (QueryExec exec = exec(dataset(1), "PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT ?part { ?part apf:strSplit (\"a, b ,c\" \",\") }")) {
            List<String> parts = new ArrayList<>();
            exec.select().forEachRemaining(row -> parts.add(row.get("part").getLiteralLexicalForm()));
            assertEquals(List.of("a", "b", "c"), parts, "strSplit still splits and trims");
        }
    }
}
