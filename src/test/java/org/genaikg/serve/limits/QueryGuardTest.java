package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The guard's decisions, one query at a time. */
class QueryGuardTest {
    private final QueryGuard guard = new QueryGuard(100, Set.of(), new FunctionAllowList());
    private final QueryGuard federating = new QueryGuard(100, Set.of("query.wikidata.org"), new FunctionAllowList());

    @ParameterizedTest(name = "pattern ''{0}'' is allowed")
    @ValueSource(strings = {"^Deep", "seek$", "[0-9]{4}-[0-9]{2}", "a.*b", "(ab)c", "x+y*z?", "(?i)model", "\\\\(.*\\\\)"})
    void allowsOrdinaryPatterns(String pattern) {
        assertEquals(Optional.empty(), QueryGuard.refusalOfPattern("REGEX", pattern));
    }

    @ParameterizedTest(name = "pattern ''{0}'' is refused: {1}")
    @CsvSource(delimiter = ';', value = {
            "(a+)+b;repeats a group",
            "(a|aa)*;repeats a group",
            "(.*a){8}b;repeats a group",
            "(x?){3};repeats a group",
            "(.)\\1;back-reference",
            "(?<c>.)\\k<c>;back-reference",
            ".*a.*a.*a.*ab;unbounded repeats",
            "a+b+c+d+;unbounded repeats",
            "[a-;not a valid regular expression"})
    void refusesDangerousPatterns(String pattern, String why) {
        Optional<String> refusal = QueryGuard.refusalOfPattern("REGEX", pattern);
        assertTrue(refusal.isPresent() && refusal.get().contains(why), pattern + ": " + refusal);
        assertTrue(refusal.get().startsWith("REGEX pattern '" + pattern + "' is refused"), refusal.get());
    }

    @Test
    void refusesOverlongPatterns() {
        assertTrue(QueryGuard.refusalOfPattern("REPLACE", "a".repeat(513)).orElseThrow().contains("longer than 512"));
    }

    @Test
    void describeWithoutWhereIsAllowed() {
        assertEquals(Optional.empty(), guard.refusal(QueryFactory.create("DESCRIBE <urn:x>")));
        assertEquals(Optional.empty(), guard.refusal(QueryFactory.create("DESCRIBE <urn:x> <urn:y>")));
    }

    @Test
    void serviceIsOffUnlessItsHostIsAllowed() {
        String wikidata = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }";
        String other = "SELECT * WHERE { SERVICE <http://127.0.0.1:8080/> { ?s ?p ?o } }";
        String variable = "SELECT * WHERE { VALUES ?e { <https://query.wikidata.org/sparql> } SERVICE ?e { ?s ?p ?o } }";
        assertTrue(guard.refusal(QueryFactory.create(wikidata)).orElseThrow().startsWith("SERVICE is off"));
        assertTrue(guard.refusal(QueryFactory.create(variable)).orElseThrow().startsWith("SERVICE is off"));
        assertEquals(Optional.empty(), federating.refusal(QueryFactory.create(wikidata)));
        assertTrue(federating.refusal(QueryFactory.create(other)).orElseThrow().contains("calls only [query.wikidata.org]"));
        assertEquals(Optional.empty(), federating.refusal(QueryFactory.create(variable)), "checked per call instead");
    }

    @Test
    void refusesDeepOrderedPagesButNotShallowOnes() {
        assertTrue(guard.refusal(QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 100001")).isPresent());
        assertEquals(Optional.empty(), guard.refusal(QueryFactory.create("SELECT * { ?s ?p ?o } ORDER BY ?s OFFSET 100000")));
        assertEquals(Optional.empty(), guard.refusal(QueryFactory.create("SELECT * { ?s ?p ?o } OFFSET 100000000")));
    }

    @Test
    void capsSelectAndDescribeRowsOnTheParsedQuery() {
        Query select = QueryFactory.create("SELECT * { ?s ?p ?o }");
        assertTrue(guard.capRows(select));
        assertEquals(100, select.getLimit());
        Query small = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5");
        assertFalse(guard.capRows(small));
        assertEquals(5, small.getLimit());
        Query big = QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5000");
        assertTrue(guard.capRows(big));
        assertEquals(100, big.getLimit());
        Query describe = QueryFactory.create("DESCRIBE ?s WHERE { ?s ?p ?o }");
        assertTrue(guard.capRows(describe));
        assertFalse(guard.capRows(QueryFactory.create("DESCRIBE <urn:x>")));
        assertFalse(guard.capRows(QueryFactory.create("ASK { ?s ?p ?o }")));
        assertFalse(guard.capRows(QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }")), "triples are capped instead");
    }

    @Test
    void measuresNestingOutsideStringsIrisAndComments() {
        assertTrue(QueryGuard.refusalOfText("SELECT * " + "{".repeat(65) + "}".repeat(65)).isPresent());
        assertEquals(Optional.empty(), QueryGuard.refusalOfText("SELECT * " + "{".repeat(64) + "}".repeat(64)));
        String inStrings = "SELECT * { ?s ?p \"" + "{".repeat(100) + "\" . ?s ?p '''" + "(".repeat(100)
                + "''' . ?s ?p <urn:" + "(".repeat(100) + "> } # " + "[".repeat(100);
        assertEquals(Optional.empty(), QueryGuard.refusalOfText(inStrings));
        assertTrue(QueryGuard.refusalOfText("ASK { FILTER(" + "(".repeat(100) + "1" + ")".repeat(100) + ") }").isPresent());
    }

    @Test
    void refusesJsonQueries() {
        Query json = QueryFactory.create("JSON { \"s\": ?s } WHERE { ?s ?p ?o }", org.apache.jena.query.Syntax.syntaxARQ);
        assertTrue(guard.refusal(json).isPresent());
    }
}
