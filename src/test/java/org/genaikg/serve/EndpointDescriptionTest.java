package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.genaikg.pipeline.BuildConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The endpoint speaks the project's language: a query written without PREFIX lines works over HTTP as in the query
 * command, and a GET of the endpoint without a query describes it (SPARQL 1.1 Service Description), or sends a
 * browser to the editor.
 */
class EndpointDescriptionTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    @TempDir
    static Path temp;
    private static TestServer server;
    private static final int SERVER_TIMEOUT_SECONDS = 4;
    /** A count over 300⁴ rows: runs far longer than any limit here. */
    private static final String ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { " + java.util.stream.IntStream.range(0, 4)
            .mapToObj(v -> "VALUES ?v" + v + " { " + java.util.stream.IntStream.range(0, 300).mapToObj(Integer::toString)
                    .collect(java.util.stream.Collectors.joining(" ")) + " } ").collect(java.util.stream.Collectors.joining()) + "}";

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(BuildConfig.defaults().data(), temp.resolve("dumps"),
                ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")).withTimeout(SERVER_TIMEOUT_SECONDS));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void aQueryWithoutPrefixLinesUsesTheProjectsPrefixes() throws Exception {
        HttpResponse<String> r = server.query("SELECT ?t WHERE { policy:eu-ai-act rdfs:label ?t ; a gkg:Policy "
                + "FILTER(LANG(?t) = \"en\") }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("Artificial Intelligence Act"), r.body());
        HttpResponse<String> own = server.query("PREFIX policy: <urn:mine:> ASK { policy:eu-ai-act ?p ?o }", "text/csv");
        assertEquals("false", own.body().lines().skip(1).findFirst().orElse("").strip(), "a query's own PREFIX wins");
    }

    @Test
    void theEndpointDescribesItself() throws Exception {
        HttpResponse<String> turtle = server.get("/kg/sparql", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        Model sd = ModelFactory.createDefaultModel().read(new StringReader(turtle.body()), server.url("/"), "TTL");
        Resource service = sd.createResource(server.url("/kg/sparql"));
        assertTrue(sd.contains(service, RDF.type, sd.createResource(SD + "Service")), turtle.body());
        assertTrue(sd.contains(service, sd.createProperty(SD + "endpoint"), service));
        assertTrue(sd.contains(service, sd.createProperty(SD + "supportedLanguage"), sd.createResource(SD + "SPARQL11Query")));
        assertTrue(turtle.body().contains("https://w3id.org/genai-kg/resource/policy/"), "the predeclared prefixes");
        assertTrue(turtle.body().contains("queryTimeoutSeconds"), "the limits");
        HttpResponse<String> jsonld = server.get("/kg/sparql", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        ModelFactory.createDefaultModel().read(new StringReader(jsonld.body()), null, "JSON-LD");
    }

    @Test
    void aBrowserAskingForTheEndpointLandsOnTheEditor() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> r = noRedirects.send(HttpRequest.newBuilder(URI.create(server.url("/kg/sparql")))
                .header("Accept", "text/html,application/xhtml+xml").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, r.statusCode());
        assertEquals(GuardedQueryAction.EDITOR, r.headers().firstValue("Location").orElse(""));
        String q = URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        assertEquals(200, server.get("/kg/sparql?query=" + q, "application/sparql-results+json").statusCode());
    }

    @Test
    void theProtocolsTimeoutParameterShortensTheDeadlineButNeverLengthensIt() throws Exception {
        String q = URLEncoder.encode(ENDLESS, StandardCharsets.UTF_8);
        HttpResponse<String> shorter = server.get("/kg/sparql?timeout=1&query=" + q, "text/csv");
        assertEquals(503, shorter.statusCode(), shorter.body());
        assertTrue(shorter.body().contains("the 1 s limit it asked for"), shorter.body());
        HttpResponse<String> fraction = server.send("POST", "/kg/sparql", "application/x-www-form-urlencoded",
                "timeout=1.5&query=" + q);
        assertEquals(503, fraction.statusCode(), fraction.body());
        assertTrue(fraction.body().contains("the 1.5 s limit it asked for"), fraction.body());
        HttpResponse<String> longer = server.get("/kg/sparql?timeout=600&query=" + q, "text/csv");
        assertEquals(503, longer.statusCode(), longer.body());
        assertTrue(longer.body().contains("this server's " + SERVER_TIMEOUT_SECONDS + " s limit"), longer.body());
        String ask = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertEquals(200, server.get("/kg/sparql?timeout=2&query=" + ask, "text/csv").statusCode());
        for (String bad : java.util.List.of("0", "-1", "abc", "NaN", "Infinity", "1e400")) {
            HttpResponse<String> r = server.get("/kg/sparql?timeout=" + bad + "&query=" + ask, "text/csv");
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.body().contains("timeout= must be a positive number of seconds"), r.body());
        }
    }
}
