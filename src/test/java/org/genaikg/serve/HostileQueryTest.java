package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.genaikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attacks the server must survive, against a real server on loopback: each is answered with the right status
 * within the time-out plus a second, and nothing reaches a URL a query names.
 */
class HostileQueryTest {
    private static final int TIMEOUT_SECONDS = 2;
    private static final long ANSWER_WITHIN_MILLIS = (TIMEOUT_SECONDS + 1) * 1000L;
    private static final String PREFIXES = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#> ";
    /** A string of 2^14 'a's, built inside the query, for patterns that are slow on long input. */
    private static final String LONG_A = "BIND(\"aaaaaaaa\" AS ?a0) "
            + IntStream.range(0, 11).mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ")
            .collect(Collectors.joining());

    @TempDir
    static Path temp;
    private static TestServer server;
    private static long triples;

    @BeforeAll
    static void start() throws IOException {
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")).withTimeout(TIMEOUT_SECONDS)
                .withLimits(4, 1000, ServeConfig.DEFAULT_MAX_QUERY_BYTES)
                .withMemoryCaps(10_000, ServeConfig.DEFAULT_MAX_STRING_CHARS, ServeConfig.DEFAULT_MAX_ANSWER_CHARS);
        server = TestServer.start(TestData.BASE, temp.resolve("dumps"), config);
        triples = server.triples();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void serviceCallsReachNobody() throws Exception {
        try (LoopbackListener listener = new LoopbackListener()) {
            String secret = listener.url("/secret.txt");
            for (String q : List.of(
                    "SELECT * WHERE { SERVICE <" + secret + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + secret + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { VALUES ?e { <" + secret + "> } SERVICE ?e { ?s ?p ?o } }",
                    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + secret + "> { ?s ?p ?o } } }",
                    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + secret + "> { ?s ?p ?o } } } }")) {
                HttpResponse<String> r = server.query(q, null);
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE is off"), r.body());
            }
            HttpResponse<String> from = server.query("SELECT * FROM <" + secret + "> WHERE { ?s ?p ?o }", null);
            assertEquals(200, from.statusCode(), from.body());
            assertEquals(0, listener.connections(), "the listener was contacted");
        }
    }

    @Test
    void anAllowedServiceThatNeverAnswersIsCutAtTheDeadline() throws Exception {
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps2"), Path.of("queries")).withTimeout(TIMEOUT_SECONDS)
                .withServiceHosts(Set.of("127.0.0.1"));
        try (LoopbackListener listener = new LoopbackListener();
             TestServer federating = TestServer.start(TestData.BASE, temp.resolve("dumps2"), config)) {
            long start = System.nanoTime();
            HttpResponse<String> r = federating.query("SELECT * WHERE { SERVICE <" + listener.url("/sparql")
                    + "> { ?s ?p ?o } }", null);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(List.of(502, 503).contains(r.statusCode()), r.statusCode() + ": " + r.body());
            assertTrue(millis < ANSWER_WITHIN_MILLIS, "answered after " + millis + " ms");
            HttpResponse<String> elsewhere = federating.query("SELECT * WHERE { SERVICE <http://localhost:"
                    + listener.port() + "/sparql> { ?s ?p ?o } }", null);
            assertEquals(400, elsewhere.statusCode(), "localhost is not on the allow-list: " + elsewhere.body());
        }
    }

    @Test
    void slowBodiesFromOneAddressLeaveOtherAddressesServed() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 17; i++) {
                Socket s = new Socket();
                s.bind(new InetSocketAddress("127.0.1.9", 0));
                s.connect(new InetSocketAddress("127.0.0.1", server.server.port()), 5000);
                s.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/sparql-query\r\nContent-Length: 200\r\n\r\nA")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(500);
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                int status = server.rawPost("127.0.0.2", "ASK { ?s ?p ?o } # " + i);
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, status);
                assertTrue(millis < 1000, "another address waited " + millis + " ms");
            }
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void cachedAnswersNeverMixVariants() throws Exception {
        String q = URLEncoder.encode("SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 3", StandardCharsets.UTF_8);
        String json = "application/sparql-results+json";
        HttpResponse<String> wrapped = server.get("/kg/sparql?query=" + q + "&callback=evilFn", json);
        assertEquals(200, wrapped.statusCode(), wrapped.body());
        assertTrue(wrapped.body().startsWith("evilFn("), wrapped.body());
        HttpResponse<String> csv = server.get("/kg/sparql?query=" + q + "&output=csv", json);
        HttpResponse<String> xml = server.get("/kg/sparql?query=" + q + "&format=xml&stylesheet=/x.xsl", json);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> plain = server.get("/kg/sparql?query=" + q, json);
            assertEquals(200, plain.statusCode());
            assertTrue(plain.body().strip().startsWith("{"), plain.body());
            assertFalse(plain.body().contains("evilFn"), plain.body());
        }
        assertTrue(csv.body().startsWith("s\r\n"), csv.body());
        assertTrue(xml.body().contains("/x.xsl"), xml.body());
        HttpResponse<String> plainCsv = server.get("/kg/sparql?query=" + q, "text/csv");
        assertTrue(plainCsv.body().startsWith("s\r\n"), plainCsv.body());
    }

    static Stream<Arguments> refusedPatterns() {
        String label = "?s <http://www.w3.org/2000/01/rdf-schema#label> ?o . ";
        return Stream.of(
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER(REGEX(?o, \".*a.*a.*a.*a.*a.*a.*a.*ab\")) }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER(REGEX(?o, \"(.*a){8}b\")) }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER(REGEX(?o, \"^(a|aa)+$\")) }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER(REGEX(?o, \"(.)\\\\1\")) }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER(REGEX(?o, ?s)) }"),
                Arguments.of("REPLACE", "SELECT (REPLACE(?o, \"(a+)+b\", \"x\") AS ?r) WHERE { " + label + "}"),
                Arguments.of("fn:matches", "SELECT * WHERE { " + label + "FILTER(fn:matches(?o, \"(a+)+b\")) }"),
                Arguments.of("fn:replace", "SELECT (fn:replace(?o, \"(a*)*b\", \"x\") AS ?r) WHERE { " + label + "}"),
                Arguments.of("apf:strSplit", "SELECT * WHERE { " + label + "?part apf:strSplit (?o \"(a+)+b\") }"),
                Arguments.of("REGEX", "SELECT * WHERE { { SELECT ?o WHERE { " + label
                        + "FILTER(REGEX(?o, \"(a+)+b\")) } } }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "FILTER EXISTS { ?s ?p ?x FILTER(REGEX(?x, \"(a+)+b\")) } }"),
                Arguments.of("REGEX", "SELECT * WHERE { " + label + "} ORDER BY (REGEX(?o, \"(a+)+b\"))"),
                Arguments.of("REGEX", "SELECT (COUNT(*) AS ?n) WHERE { " + label + "} GROUP BY (REGEX(?o, \"(a+)+b\"))"),
                Arguments.of("REGEX", "SELECT ?s WHERE { " + label + "} GROUP BY ?s HAVING (REGEX(SAMPLE(?o), \"(a+)+b\"))"),
                Arguments.of("REGEX", "SELECT (SUM(IF(REGEX(?o, \"(a+)+b\"), 1, 0)) AS ?n) WHERE { " + label + "}"));
    }

    @ParameterizedTest(name = "{index}: {0} refused in {1}")
    @MethodSource("refusedPatterns")
    void refusesDangerousPatternsWhereverTheyStand(String function, String query) throws Exception {
        HttpResponse<String> r = server.query(PREFIXES + query, null);
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains(function), r.body());
    }

    static Stream<Arguments> slowMatches() {
        return Stream.of(
                Arguments.of("SELECT * WHERE { " + LONG_A + "FILTER(REGEX(?a11, \"a.*a.*a.*b\")) }"),
                Arguments.of("SELECT (REPLACE(?a11, \"a.*a.*a.*b\", \"x\") AS ?r) WHERE { " + LONG_A + "}"),
                Arguments.of(PREFIXES + "SELECT * WHERE { " + LONG_A + "FILTER(fn:matches(?a11, \"a.*a.*a.*b\")) }"),
                Arguments.of(PREFIXES + "SELECT * WHERE { " + LONG_A + "?part apf:strSplit (?a11 \"a.*a.*a.*b\") }"));
    }

    @ParameterizedTest(name = "{index}: a running match stops at the deadline")
    @MethodSource("slowMatches")
    void aRunningMatchStopsAtTheDeadline(String query) throws Exception {
        assertAnsweredInTime(query, 503);
    }

    @Test
    void stringsThatDoubleAreCut() throws Exception {
        String doubling = "SELECT (STRLEN(?a27) AS ?n) WHERE { BIND(\"ab\" AS ?a0) "
                + IntStream.range(0, 27).mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ")
                .collect(Collectors.joining()) + "}";
        HttpResponse<String> r = assertAnsweredInTime(doubling, 413);
        assertTrue(r.body().contains("string longer than"), r.body());
        String replacing = "SELECT (STRLEN(?r) AS ?n) WHERE { " + LONG_A
                + "BIND(REPLACE(?a11, \"a\", \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\") AS ?r) }";
        assertAnsweredInTime(replacing, 413);
    }

    @Test
    void cartesianProductsAreCut() throws Exception {
        String values = IntStream.range(0, 300).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String product = "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values
                + " } VALUES ?c { " + values + " } VALUES ?d { " + values + " } }";
        assertAnsweredInTime(product, 503, 413);
        // every subject paired with every object: far more distinct triples than the cap
        String construct = "CONSTRUCT { ?a <urn:pair> ?f } WHERE { ?a ?b ?c . ?d ?e ?f }";
        HttpResponse<String> r = assertAnsweredInTime(construct, 413, 503);
        assertFalse(r.body().contains("<http"), "no partial graph: " + r.body().length() + " characters");
        if (r.statusCode() == 413) assertTrue(r.body().contains("more than 10000 triples"), r.body());
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        assertAnsweredInTime("SELECT * WHERE " + "{".repeat(5000) + "}".repeat(5000), 400);
        String subSelects = "SELECT * WHERE { " + "{ SELECT * WHERE { ".repeat(1200) + "?s ?p ?o" + " } }".repeat(1200) + " }";
        HttpResponse<String> r = assertAnsweredInTime(subSelects, 400);
        assertTrue(r.body().contains("nested"), r.body());
        assertAnsweredInTime("ASK { FILTER(1" + "+1".repeat(20_000) + " > 0) }", 200, 400);
        assertAnsweredInTime("ASK { FILTER(" + "!".repeat(20_000) + "true) }", 200, 400);
    }

    @Test
    void updatesDoNotExist() throws Exception {
        for (String path : List.of("/kg?update=DROP%20ALL", "/kg/sparql?update=DROP%20ALL")) {
            HttpResponse<String> r = server.send("POST", path, "application/x-www-form-urlencoded", "update=DROP%20ALL");
            assertTrue(List.of(400, 404, 405, 415).contains(r.statusCode()), path + " -> " + r.statusCode());
        }
        HttpResponse<String> wrongType = server.send("POST", "/kg/sparql", "text/plain", "ASK { ?s ?p ?o }");
        assertEquals(415, wrongType.statusCode(), wrongType.body());
        assertEquals(triples, server.triples(), "the graph changed");
    }

    private static HttpResponse<String> assertAnsweredInTime(String query, Integer... statuses) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.queryAlone(query);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(List.of(statuses).contains(r.statusCode()), "expected " + List.of(statuses) + ", got "
                + r.statusCode() + ": " + r.body().substring(0, Math.min(300, r.body().length())));
        assertTrue(millis < ANSWER_WITHIN_MILLIS, "answered after " + millis + " ms");
        assertFalse(r.body().isEmpty(), "an answer says why");
        return r;
    }
}
