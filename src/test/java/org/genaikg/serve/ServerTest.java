package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.genaikg.publish.DumpWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The served graph over HTTP: every format, the read-only guarantees, dumps, VoID, UI and time-outs. */
class ServerTest {
    private static final String LABELS = "PREFIX gkg: <https://w3id.org/genai-kg/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
            + "SELECT ?p ?label WHERE { ?p a gkg:AdministrativeMeasures ; rdfs:label ?label } ORDER BY ?p ?label";
    private static final String CONSTRUCT = "PREFIX gkg: <https://w3id.org/genai-kg/ontology#> "
            + "CONSTRUCT { ?p a gkg:Law } WHERE { ?p a gkg:Law }";
    private static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static final int TIMEOUT_SECONDS = 2;

    @TempDir
    static Path temp;
    private static TestServer server;
    private static long triples;
    private static List<String> workingFolderBefore;

    @BeforeAll
    static void start() throws Exception {
        workingFolderBefore = listing(Path.of(""));
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")).withTimeout(TIMEOUT_SECONDS);
        server = TestServer.start(Path.of("data"), temp.resolve("dumps"), config);
        triples = server.triples();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<Arguments> selectFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", "\"bindings\""),
                Arguments.of("application/sparql-results+xml", "<sparql"),
                Arguments.of("text/csv", "p,label"),
                Arguments.of("text/tab-separated-values", "?p\t?label"));
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @MethodSource("selectFormats")
    void answersSelectInEachFormat(String accept, String marker) throws Exception {
        HttpResponse<String> r = server.query(LABELS, accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        assertTrue(r.body().contains(marker), r.body());
        assertTrue(r.body().contains("人工智能生成合成内容标识办法"), r.body());
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", "TURTLE"),
                Arguments.of("application/n-triples", "N-TRIPLES"),
                Arguments.of("application/ld+json", "JSON-LD"),
                Arguments.of("application/rdf+xml", "RDF/XML"));
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @MethodSource("graphFormats")
    void answersConstructInEachFormat(String accept, String lang) throws Exception {
        HttpResponse<String> r = server.query(CONSTRUCT, accept);
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, lang);
        assertTrue(m.size() >= 3, "laws: " + m.size());
    }

    /** VALUES tables that share no variable, before and after a pattern, are answered (their rewrite ends). */
    @Test
    void valuesTablesWithNothingInCommonAreAnswered() throws Exception {
        HttpResponse<String> r = server.query("SELECT ?a ?b ?c WHERE { VALUES ?a { 1 2 } VALUES ?b { 3 4 } "
                + "?s a <https://w3id.org/genai-kg/ontology#Law> VALUES ?c { 5 6 } } LIMIT 8", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(9, r.body().strip().lines().count(), r.body());
    }

    /** The JSON the server writes itself is what Fuseki writes when asked by {@code format=json}, byte for byte. */
    @Test
    void jsonAnswersAreArqsJson() throws Exception {
        HttpResponse<String> negotiated = server.query(LABELS, "application/sparql-results+json");
        HttpResponse<String> byFormat = server.get("/kg/sparql?format=json&query="
                + URLEncoder.encode(LABELS, StandardCharsets.UTF_8), null);
        assertEquals(200, negotiated.statusCode(), negotiated.body());
        assertEquals("application/sparql-results+json; charset=utf-8",
                negotiated.headers().firstValue("Content-Type").orElse(""));
        assertTrue(negotiated.body().contains("人工智能生成合成内容标识办法"), negotiated.body());
        assertEquals(byFormat.body(), negotiated.body());
    }

    /** A response buffer Jetty does not pool is allocated, zeroed and dropped again for every answer. */
    @Test
    void answersAreWrittenThroughPooledBuffers() {
        var jetty = server.server.jetty();
        var pool = (org.eclipse.jetty.io.ArrayByteBufferPool) jetty.getByteBufferPool();
        int checked = 0;
        for (var connector : jetty.getConnectors()) {
            for (var factory : connector.getConnectionFactories()) {
                if (factory instanceof org.eclipse.jetty.server.HttpConnectionFactory http) {
                    int size = http.getHttpConfiguration().getOutputBufferSize();
                    assertTrue(size <= pool.getMaxCapacity(), "the response buffer of " + size
                            + " bytes is larger than the largest pooled buffer, " + pool.getMaxCapacity());
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "no HTTP connector");
    }

    @Test
    void answersByGetWithFormatParameter() throws Exception {
        HttpResponse<String> r = server.get("/kg/sparql?format=csv&query=" + URLEncoder.encode(LABELS, StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().startsWith("p,label"), r.body());
        HttpResponse<String> ask = server.get("/kg/query?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void graphStoreReadGivesTurtleWithPrefixes() throws Exception {
        assertEquals(200, server.get("/kg?default", "text/turtle").statusCode());
        HttpResponse<String> r = server.get("/kg/get?default", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("gkg:"), "prefixed names expected");
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TURTLE");
        assertEquals(triples, m.size());
    }

    static Stream<Arguments> writes() {
        return Stream.of(
                Arguments.of("POST", "/kg/sparql", "application/sparql-update", "DROP ALL"),
                Arguments.of("POST", "/kg/sparql", "application/x-www-form-urlencoded", "update=DROP%20ALL"),
                Arguments.of("POST", "/kg", "application/sparql-update", "CLEAR DEFAULT"),
                Arguments.of("POST", "/kg/update", "application/sparql-update", "CLEAR DEFAULT"),
                Arguments.of("GET", "/kg/sparql?update=DROP%20ALL", null, null),
                Arguments.of("POST", "/kg?update=DROP%20ALL", null, null),
                Arguments.of("POST", "/kg?update=DROP%20ALL", "application/x-www-form-urlencoded", "update=DROP%20ALL"),
                Arguments.of("POST", "/kg/query", "application/x-www-form-urlencoded", "update=DROP%20ALL"),
                Arguments.of("PUT", "/kg/get?default", "text/turtle", "<a:x> <a:y> <a:z> ."),
                Arguments.of("POST", "/kg/get?default", "text/turtle", "<a:x> <a:y> <a:z> ."),
                Arguments.of("DELETE", "/kg/get?default", null, null),
                Arguments.of("PUT", "/kg/data?default", "text/turtle", "<a:x> <a:y> <a:z> ."),
                Arguments.of("DELETE", "/kg?default", null, null),
                Arguments.of("POST", "/$/datasets", "application/x-www-form-urlencoded", "dbName=x&dbType=mem"),
                Arguments.of("DELETE", "/$/datasets/kg", null, null),
                Arguments.of("POST", "/$/backup/kg", null, null),
                Arguments.of("POST", "/$/compact/kg", null, null),
                Arguments.of("POST", "/$/reload", null, null),
                Arguments.of("POST", "/$/datasets/kg?state=offline", null, null),
                Arguments.of("PATCH", "/kg", "text/turtle", "<a:x> <a:y> <a:z> ."));
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @MethodSource("writes")
    void refusesEveryWrite(String method, String path, String type, String body) throws Exception {
        HttpResponse<String> r = server.send(method, path, type, body);
        assertTrue(List.of(400, 404, 405, 415).contains(r.statusCode()),
                method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        assertEquals(triples, server.triples(), "the graph changed");
    }

    @Test
    void dumpsAreServedByteForByte() throws Exception {
        HttpResponse<String> listing = server.get("/dumps/", null);
        assertEquals(200, listing.statusCode());
        for (String file : DumpWriter.FILES) {
            assertTrue(listing.body().contains("href=\"" + file + "\""), file);
            HttpResponse<byte[]> r = server.getBytes("/dumps/" + file);
            assertEquals(200, r.statusCode(), file);
            byte[] onDisk = Files.readAllBytes(server.dumps.resolve(file));
            assertArrayEquals(onDisk, r.body(), file);
            assertEquals(String.valueOf(onDisk.length), r.headers().firstValue("Content-Length").orElse(""), file);
        }
        assertEquals("application/n-triples;charset=utf-8",
                server.getBytes("/dumps/genai-kg.nt").headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals("application/gzip", server.getBytes("/dumps/genai-kg.ttl.gz").headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, server.getBytes("/dumps/pom.xml").statusCode());
        HttpResponse<byte[]> traversal = server.getBytes("/dumps/%2e%2e/pom.xml");
        assertTrue(List.of(400, 404).contains(traversal.statusCode()), "traversal answered " + traversal.statusCode());
        assertFalse(new String(traversal.body(), StandardCharsets.UTF_8).contains("<project"), "pom.xml leaked");
    }

    @Test
    void dumpsAnswerRangesAndConditionalRequests() throws Exception {
        byte[] onDisk = Files.readAllBytes(server.dumps.resolve("genai-kg.nt"));
        HttpResponse<byte[]> part = server.http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(server.url("/dumps/genai-kg.nt"))).header("Range", "bytes=10-19").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertArrayEquals(java.util.Arrays.copyOfRange(onDisk, 10, 20), part.body());
        assertEquals("bytes 10-19/" + onDisk.length, part.headers().firstValue("Content-Range").orElse(""));

        HttpResponse<byte[]> whole = server.getBytes("/dumps/genai-kg.nt");
        String etag = whole.headers().firstValue("ETag").orElseThrow();
        String modified = whole.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        for (String[] condition : new String[][] {{"If-None-Match", etag}, {"If-Modified-Since", modified}}) {
            HttpResponse<byte[]> again = server.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(server.url("/dumps/genai-kg.nt"))).header(condition[0], condition[1]).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), condition[0]);
            assertEquals(0, again.body().length, condition[0]);
        }
    }

    @Test
    void runawayQueryIsA503WithinTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = server.query(RUNAWAY, "application/sparql-results+json");
        long millis = (System.nanoTime() - start) / 1_000_000L;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertTrue(millis < (TIMEOUT_SECONDS + 1) * 1000L, "answered after " + millis + " ms");
    }

    @Test
    void servesTheWebUi() throws Exception {
        HttpResponse<String> index = server.get("/ui/", null);
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"), index.body());
        String script = index.body().replaceAll("(?s).*src=\"/(static/[^\"]+\\.js)\".*", "$1");
        assertEquals(200, server.get("/" + script, null).statusCode(), script);
        HttpResponse<String> status = server.get("/$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("/kg"), status.body());
        assertEquals(200, server.get("/$/ping", null).statusCode());
        assertEquals(404, server.get("/$/stats/kg", "application/json").statusCode(), "statistics are internal");
        assertEquals(404, server.get("/$/tasks", "application/json").statusCode());
        assertEquals(404, server.get("/$/logs", null).statusCode());
    }

    static Stream<Arguments> exampleQueries() {
        return org.genaikg.query.ExampleQuery.all(Path.of("queries")).stream().map(q -> Arguments.of(q.name(), q.text()));
    }

    /** The guard lets every example query through: they are what the UI offers a first-time user. */
    @ParameterizedTest(name = "example query {0} is answered")
    @MethodSource("exampleQueries")
    void answersEveryExampleQuery(String name, String text) throws Exception {
        HttpResponse<String> r = server.query(text, "text/csv");
        assertEquals(200, r.statusCode(), name + ": " + r.body());
        assertTrue(r.body().split("\r\n").length > 1, name + " answered no rows: " + r.body());
    }

    @Test
    void listsTheExampleQueries() throws Exception {
        HttpResponse<String> r = server.get("/queries/", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("#/dataset/kg/query?query="), r.body());
    }

    @Test
    void voidNamesTheLiveEndpointAndDumps() throws Exception {
        HttpResponse<String> r = server.get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TURTLE");
        var sparqlEndpoint = m.createProperty("http://rdfs.org/ns/void#sparqlEndpoint");
        assertTrue(m.contains(null, sparqlEndpoint, m.createResource(server.url("/kg/sparql"))), r.body());
        assertTrue(m.contains(null, m.createProperty("http://rdfs.org/ns/void#dataDump"),
                m.createResource(server.url("/dumps/genai-kg.nt.gz"))));
    }

    @Test
    void voidTrustsOnlyALoopbackHostHeaderOrThePublicUrl() throws Exception {
        String forged = rawGet("/.well-known/void", "evil.example:80");
        assertTrue(forged.startsWith("HTTP/1.1 200"), forged);
        assertFalse(forged.contains("evil.example"), "a forged Host reached the description");
        assertTrue(forged.contains("<http://127.0.0.1:" + server.server.port() + "/kg/sparql>"), forged);
        String local = rawGet("/.well-known/void", "localhost:" + server.server.port());
        assertTrue(local.contains("<http://localhost:" + server.server.port() + "/kg/sparql>"), local);
        ServeConfig behindProxy = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries"))
                .withPublicUrl("https://kg.example.org/");
        try (KgServer proxied = KgServer.start(behindProxy.withPort(0), server.dataset)) {
            HttpResponse<String> r = server.http.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(proxied.baseUrl() + "/.well-known/void")).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.body().contains("<https://kg.example.org/kg/sparql>"), r.body());
            assertFalse(r.body().contains("127.0.0.1"), r.body());
        }
    }

    /** A GET written on a raw socket, with a Host header of the caller's choosing; the whole answer. */
    private static String rawGet(String path, String host) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void allowsCrossOriginQueries() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/kg/sparql")))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://notebook.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build();
        HttpResponse<String> r = server.http.send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        assertFalse("true".equals(r.headers().firstValue("Access-Control-Allow-Credentials").orElse("")));
    }

    @Test
    void refusesMalformedAndOversizedQueries() throws Exception {
        assertEquals(400, server.query("SELECT * WHERE { ?s ?p ", null).statusCode());
        String huge = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(10 * 1024 * 1024);
        assertEquals(413, server.queryAlone(huge).statusCode());
        assertEquals(200, server.query("ASK { ?s ?p ?o }", null).statusCode(), "the next query is answered as usual");
    }

    @Test
    void refusesAnOversizedQueryBeforeItsBodyIsSent() throws Exception {
        String head = server.rawHead("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                + "Expect: 100-continue\r\nContent-Length: " + (100L * 1024 * 1024));
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        assertFalse(head.contains("100 Continue"), head);
    }

    @Test
    void refusesCatastrophicRegex() throws Exception {
        HttpResponse<String> r = server.query("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(a|aa)+$\")) }", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("REGEX"), r.body());
        HttpResponse<String> backref = server.query("SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"(.)\\\\1\")) }", null);
        assertEquals(400, backref.statusCode(), backref.body());
    }

    @Test
    void capsRowsWithANotice() throws Exception {
        HttpResponse<String> r = server.query("SELECT * WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue(GuardedQueryAction.ROW_CAP_HEADER).isPresent());
        assertEquals(ServeConfig.DEFAULT_MAX_ROWS + 1, r.body().split("\r\n").length);
    }

    @Test
    void writesNothingIntoTheWorkingFolder() throws Exception {
        assertEquals(200, server.query("ASK { ?s ?p ?o }", null).statusCode());
        assertEquals(workingFolderBefore, listing(Path.of("")));
    }

    private static List<String> listing(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder.toAbsolutePath())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
