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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.genaikg.TestData;
import org.genaikg.bench.ServerProcess;
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

    /** The limit of the server started as a user starts it, which the attacks of the second round are sent to. */
    private static final int ATTACKED_TIMEOUT_SECONDS = 5;
    private static final String TRUSTED_PROXY = "127.0.0.9";
    /** The client that is not attacking: every attack is followed by its query, which must be answered. */
    private static final String BYSTANDER = "127.0.0.2";

    @TempDir
    static Path temp;
    private static TestServer server;
    private static ServerProcess attacked;
    private static long triples;

    @BeforeAll
    static void start() throws Exception {
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")).withTimeout(TIMEOUT_SECONDS)
                .withLimits(4, 1000, ServeConfig.DEFAULT_MAX_QUERY_BYTES)
                .withMemoryCaps(10_000, ServeConfig.DEFAULT_MAX_STRING_CHARS, ServeConfig.DEFAULT_MAX_ANSWER_CHARS);
        server = TestServer.start(TestData.BASE, temp.resolve("dumps"), config);
        triples = server.triples();
        // serve, as the README runs it (so with the server's own heap, 320 MB), on the dumps just built
        attacked = ServerProcess.start(temp.resolve("attacked.log"), "--dumps", temp.resolve("dumps").toString(),
                "--timeout", String.valueOf(ATTACKED_TIMEOUT_SECONDS), "--cache-mb", "0", "--trusted-proxy", TRUSTED_PROXY);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (attacked != null) attacked.close();
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

    static Stream<Arguments> functionsOffTheList() {
        String afn = "PREFIX afn: <http://jena.apache.org/ARQ/function#> ";
        String fn = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> ";
        String math = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> ";
        return Stream.of(
                Arguments.of("http://jena.apache.org/ARQ/function#wait", afn + "SELECT (afn:wait(45000) AS ?x) {}"),
                Arguments.of("java:org.apache.jena.sparql.function.library.wait",
                        "SELECT (<java:org.apache.jena.sparql.function.library.wait>(45000) AS ?x) {}"),
                Arguments.of("http://jena.apache.org/ARQ/function#sprintf",
                        afn + "SELECT (afn:sprintf(\"%999999999s\", \"x\") AS ?x) {}"),
                Arguments.of("java:org.apache.jena.sparql.function.library.print",
                        "SELECT (<java:org.apache.jena.sparql.function.library.print>(\"forged\") AS ?x) {}"),
                Arguments.of("http://www.w3.org/2005/xpath-functions#apply",
                        fn + "SELECT (fn:apply(afn:wait, 45000) AS ?x) {}".replace("afn:wait", "<http://jena.apache.org/ARQ/function#wait>")),
                Arguments.of("http://www.w3.org/2005/xpath-functions#string-join",
                        fn + "SELECT (fn:string-join(\"a\", \"b\") AS ?x) {}"),
                Arguments.of("http://www.w3.org/2005/xpath-functions/math#pow", math + "SELECT (math:pow(10, 99999) AS ?x) {}"),
                Arguments.of("CALL", "SELECT (CALL(<http://jena.apache.org/ARQ/function#wait>, 45000) AS ?x) {}"),
                Arguments.of("java:org.apache.jena.sparql.function.library.wait",
                        "SELECT (<java:org.apache.jena.sparql.function.library.wait>(?s) AS ?x) { ?s ?p ?o } GROUP BY ?s"),
                Arguments.of("http://jena.apache.org/ARQ/property#concat",
                        "SELECT ?x { ?x <http://jena.apache.org/ARQ/property#concat> (\"a\" \"b\") }"),
                Arguments.of("http://jena.apache.org/ARQ/list#member",
                        "SELECT ?x { ?list <http://jena.apache.org/ARQ/list#member> ?x }"),
                Arguments.of("java:org.apache.jena.sparql.pfunction.library.strSplit",
                        "SELECT ?x { ?x <java:org.apache.jena.sparql.pfunction.library.strSplit> (\"a b\" \" \") }"),
                Arguments.of("java:java.lang.Runtime", "SELECT (<java:java.lang.Runtime>(1) AS ?x) {}"));
    }

    @ParameterizedTest(name = "{index}: {0} is refused before it runs")
    @MethodSource("functionsOffTheList")
    void aFunctionOffTheListIsRefusedByName(String name, String query) throws Exception {
        long start = System.nanoTime();
        String answer = attacked.query("127.0.1.1", query);
        assertEquals(400, ServerProcess.status(answer), answer);
        assertTrue(ServerProcess.body(answer).contains(name), answer);
        assertTrue((System.nanoTime() - start) / 1_000_000 < 2000, "refused only after it ran");
        // the log shows the query it refused (one line, cut short), and nothing the query would have printed
        assertTrue(attacked.logText().lines().noneMatch(l -> l.contains("forged") && !l.contains("Query = ")),
                "a refused function wrote into the log");
        assertBystanderServed();
    }

    @Test
    void bigNumbersStopBeforeTheArithmetic() throws Exception {
        String nines = "9".repeat(9_000);
        String squaring = "SELECT ?b ?c ?d WHERE { BIND(" + nines + " AS ?a) BIND(?a * ?a AS ?b) BIND(?b * ?b AS ?c) "
                + "BIND(?c * ?c AS ?d) }";
        long start = System.nanoTime();
        String answer = attacked.query("127.0.1.2", squaring);
        assertEquals(200, ServerProcess.status(answer), answer);
        assertFalse(ServerProcess.body(answer).contains("\"value\""), "a number beyond the bound has no value: " + answer);
        String tooLong = attacked.query("127.0.1.2", "SELECT (" + "7".repeat(20_000) + " * 2 AS ?x) {}");
        assertEquals(400, ServerProcess.status(tooLong), tooLong);
        assertTrue(ServerProcess.body(tooLong).contains("20000 digits"), tooLong);
        String cast = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(?s) AS ?i) (STRLEN(?s) AS ?n) "
                + "WHERE { BIND(\"1111111111111111\" AS ?a0) " + IntStream.range(0, 5).mapToObj(i -> "BIND(CONCAT(?a" + i
                + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ") AS ?a" + (i + 1)
                + ") ").collect(Collectors.joining()) + "BIND(?a5 AS ?s) }";
        String casted = attacked.query("127.0.1.2", cast);
        assertEquals(200, ServerProcess.status(casted), casted);
        assertTrue(casted.contains("524288") && !ServerProcess.body(casted).contains("\"i\" :"), casted);
        assertTrue((System.nanoTime() - start) / 1_000_000 < ATTACKED_TIMEOUT_SECONDS * 1000L, "the numbers outran the limit");
        assertBystanderServed();
    }

    /** More slow senders, from several addresses, than the server has workers: on pages, search, dumps and /kg. */
    @Test
    void slowBodiesOnEveryPathHoldNoWorkers() throws Exception {
        List<String> paths = List.of("/search", "/resource/organization/deepseek", "/dumps/genai-kg.ttl", "/", "/ui/",
                "/no-such-page", "/kg/sparql", "/statistics", "/queries/");
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 4 * 20; i++) {
                Socket s = attacked.connect("127.0.2." + (1 + i % 4));
                s.getOutputStream().write(("POST " + paths.get(i % paths.size()) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nq")
                        .getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, ServerProcess.status(attacked.request(BYSTANDER, "GET", "/$/ping", null, null)));
                assertEquals(200, ServerProcess.status(attacked.request(BYSTANDER, "GET", "/search?q=DeepSeek", null, null)));
                assertBystanderServed();
            }
        } finally {
            for (Socket s : slow) s.close();
        }
    }

    @Test
    void fiveAddressesOfHeavyQueriesLeaveOthersServed() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> attacks = new ArrayList<>();
            for (int address = 1; address <= 5; address++) {
                for (int q = 0; q < 4; q++) {
                    String from = "127.0.3." + address;
                    String query = heavy + " # " + address + "-" + q;
                    attacks.add(pool.submit(() -> ServerProcess.status(attacked.query(from, query))));
                }
            }
            Thread.sleep(500);
            assertEquals(200, ServerProcess.status(attacked.request(BYSTANDER, "GET", "/$/ping", null, null)));
            assertBystanderServed();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> attack : attacks) statuses.add(attack.get(60, TimeUnit.SECONDS));
            assertTrue(List.of(200, 429, 503).containsAll(statuses), () -> "the attacks' statuses: " + statuses
                    + "; the server's log ends:\n" + logTail(4000));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void connectionsFromOneAddressAreBounded() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                Socket s = attacked.connect("127.0.4.1");
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.US_ASCII));
                held.add(s);
            }
            Thread.sleep(300);
            int closedByServer = 0;
            for (Socket s : held) {
                s.setSoTimeout(50);
                try {
                    if (s.getInputStream().read() == -1) closedByServer++;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // held open: within the per-address limit
                } catch (IOException reset) {
                    closedByServer++;
                }
            }
            assertTrue(closedByServer >= 150 - ServeConfig.Capacity.DEFAULT_CONNECTIONS_PER_CLIENT,
                    "only " + closedByServer + " of 150 connections were closed");
            assertBystanderServed();
        } finally {
            for (Socket s : held) s.close();
        }
        // once they are closed, the address's connections are given back: it is served again
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status;
        do {
            status = ServerProcess.status(attacked.request("127.0.4.1", "GET", "/$/ping", null, null));
        } while (status != 200 && System.nanoTime() < deadline && sleep(50));
        assertEquals(200, status, "127.0.4.1 is still refused after closing every connection");
    }

    /** A client that opens a new connection per request, as curl and most scripts do, is served on and on. */
    @Test
    void aConnectionPerRequestIsServedBeyondThePerAddressLimit() throws Exception {
        int requests = 3 * ServeConfig.Capacity.DEFAULT_CONNECTIONS_PER_CLIENT;
        for (int i = 0; i < requests; i++) {
            String answer = i % 2 == 0
                    ? attacked.request("127.0.4.2", "GET", "/$/ping", null, null)
                    : attacked.query("127.0.4.2", "ASK {}");
            assertEquals(200, ServerProcess.status(answer), "request " + (i + 1) + " of " + requests + ": " + answer);
        }
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }

    @Test
    void answersCarryNoScriptOfTheRequest() throws Exception {
        String xml = "/kg/sparql?query=ASK%7B%7D&format=xml&stylesheet=";
        String reflected = attacked.request("127.0.5.1", "GET", xml + "%22%3F%3E%3Cscript%3Ealert(1)%3C/script%3E", null, null);
        assertEquals(400, ServerProcess.status(reflected), reflected);
        assertFalse(reflected.contains("<script>"), reflected);
        assertEquals(400, ServerProcess.status(attacked.request("127.0.5.1", "GET", xml + "//evil.example/x.xsl", null, null)));
        String local = attacked.request("127.0.5.1", "GET", xml + "/results.xsl", null, null);
        assertTrue(local.contains("href=\"/results.xsl\""), local);
        for (String path : List.of("/", "/ui/", "/kg/sparql?query=ASK%7B%7D", "/resource/organization/deepseek",
                "/no-such-page", "/dumps/", "/$/ping")) {
            String answer = attacked.request("127.0.5.1", "GET", path, null, null).toLowerCase(java.util.Locale.ROOT);
            assertTrue(answer.contains("x-content-type-options: nosniff"), path + ": " + answer.substring(0, 300));
            assertTrue(answer.contains("x-frame-options: deny"), path);
            assertTrue(answer.contains("content-security-policy: default-src 'self'"), path);
        }
        String trace = attacked.request("127.0.5.1", "TRACE", "/", null, null);
        assertEquals(405, ServerProcess.status(trace), trace);
        assertBystanderServed();
    }

    @Test
    void malformedBodiesAndHugeTextSearchesAreTheClientsError() throws Exception {
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write("query=ASK%7B%7D".getBytes(StandardCharsets.US_ASCII));
        }
        try (Socket s = attacked.connect("127.0.6.1")) {
            s.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Encoding: gzip\r\nContent-Length: "
                    + zipped.size() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().write(zipped.toByteArray());
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(415, ServerProcess.status(answer), answer);
        }
        String terms = IntStream.range(0, 2000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        String search = attacked.query("127.0.6.1", "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \""
                + terms + "\" }");
        assertEquals(400, ServerProcess.status(search), search.substring(0, Math.min(400, search.length())));
        assertTrue(search.length() < 2000, "the refusal repeats the search: " + search.length() + " characters");
        assertBystanderServed();
    }

    @Test
    void forwardedAddressesCountOnlyFromTheTrustedProxy() throws Exception {
        String forged = "X-Forwarded-For: 10.66.66.66\r\n";
        attacked.request("127.0.7.1", "GET", "/kg/sparql?query=ASK%7B%7D", null, null, forged);
        String log = attacked.logText();
        assertFalse(log.contains("10.66.66.66"), "a client chose the address it is logged under");
        assertTrue(log.contains("127.0.7.1"), "the client's own address is logged");
        attacked.request(TRUSTED_PROXY, "GET", "/kg/sparql?query=ASK%7B%7D", null, null, "X-Forwarded-For: 10.1.2.3\r\n");
        assertTrue(attacked.logText().contains("10.1.2.3"), "the trusted proxy's client is logged");
    }

    private static String logTail(int chars) {
        try {
            String log = attacked.logText();
            return log.substring(Math.max(0, log.length() - chars));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The client that is not attacking asks a query of its own, and is answered. */
    private static void assertBystanderServed() throws IOException {
        String answer = attacked.query(BYSTANDER, "ASK { ?s ?p ?o } # " + System.nanoTime());
        assertEquals(200, ServerProcess.status(answer), answer);
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
