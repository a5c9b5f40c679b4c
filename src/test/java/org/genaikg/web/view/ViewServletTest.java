package org.genaikg.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.genaikg.TestData;
import org.genaikg.query.ExampleQuery;
import org.genaikg.serve.ServeConfig;
import org.genaikg.serve.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Answers drawn on the server: every example query's own view, through the same guard and limits as /kg. */
class ViewServletTest {
    @TempDir
    static Path temp;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestData.REAL, temp.resolve("dumps"), ServeConfig.defaults(temp.resolve("dumps"),
                Path.of("queries")).withTimeout(5));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static List<ExampleQuery> drawn() {
        return ExampleQuery.all(Path.of("queries")).stream().filter(q -> View.ofQuery(q.text()).isPresent()).toList();
    }

    @Test
    void twoExampleQueriesUseEachView() {
        Map<View, Long> uses = drawn().stream().collect(Collectors.groupingBy(q -> View.ofQuery(q.text()).orElseThrow(),
                Collectors.counting()));
        for (View v : View.values()) assertTrue(uses.getOrDefault(v, 0L) >= 2, v + " is used by " + uses.get(v));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drawn")
    void everyExampleIsDrawnAsItsViewSays(ExampleQuery q) throws Exception {
        View view = View.ofQuery(q.text()).orElseThrow();
        for (String width : List.of("760", "380")) {
            HttpResponse<String> r = draw(view.segment(), q.text(), width);
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            assertEquals("image/svg+xml;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
            String svg = r.body();
            assertTrue(svg.startsWith("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg);
            assertTrue(svg.contains("viewBox=\"0 0 " + width + " "), q.name() + " at " + width);
            assertFalse(svg.contains("<script"), q.name());
            switch (view) {
                case BAR -> assertTrue(svg.contains("<rect"), q.name() + ": no bars");
                case LINE -> assertTrue(svg.contains("<polyline"), q.name() + ": no line");
                case TIMELINE -> assertTrue(svg.contains("<circle") && svg.matches("(?s).*>20\\d\\d(-\\d\\d)?(-\\d\\d)?</text>.*"),
                        q.name() + ": no dated points");
                case GRAPH -> assertTrue(svg.contains("<line") && svg.contains("<a href=\"/resource/"),
                        q.name() + ": no edges, or nodes that do not link to their pages");
            }
        }
    }

    @Test
    void theAgeGroupsAreDrawnByAgeWithTheirNames() throws Exception {
        String query = ExampleQuery.all(Path.of("queries")).stream().filter(q -> q.name().equals("stats-users-by-age"))
                .findFirst().orElseThrow().text();
        String svg = draw("bar", query, "760").body();
        assertTrue(svg.contains("19岁及以下") && svg.contains("40岁及以上"), svg);
    }

    @Test
    void theServersGuardAppliesToDrawingsToo() throws Exception {
        HttpResponse<String> function = draw("bar", "SELECT (<http://jena.apache.org/ARQ/function#wait>(10) AS ?x) {}", "760");
        HttpResponse<String> endpoint = server.get("/kg/sparql?query=" + URLEncoder.encode(
                "SELECT (<http://jena.apache.org/ARQ/function#wait>(10) AS ?x) {}", StandardCharsets.UTF_8), "text/csv");
        assertEquals(400, function.statusCode(), function.body());
        assertEquals(400, endpoint.statusCode());
        assertTrue(function.body().contains("function#wait"), function.body());
        assertEquals(400, draw("bar", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "760").statusCode());
        HttpResponse<String> described = draw("graph", "DESCRIBE <https://w3id.org/genai-kg/resource/organization/deepseek>", "760");
        assertEquals(200, described.statusCode(), described.body());
        assertTrue(described.body().contains("<line") && described.body().contains("DeepSeek-R1"), "a DESCRIBE is drawn as its links");
        assertEquals(400, draw("bar", "SELECT ?x WHERE { ?x ?p ", "760").statusCode());
        assertEquals(413, draw("bar", "SELECT ?s (1 AS ?n) WHERE { ?s ?p ?o } LIMIT 1000", "760").statusCode());
        HttpResponse<String> big = draw("graph", "SELECT ?s ?o WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l "
                + "BIND(IRI(CONCAT(STR(?s), \"/x\")) AS ?o) } LIMIT 200", "760");
        assertEquals(413, big.statusCode(), "a graph's layout is bounded: " + big.body());
        assertEquals(400, draw("bar", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "9999").statusCode());
        assertEquals(404, server.get("/view/pie?query=x", null).statusCode());
        assertEquals(422, draw("bar", "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", "760").statusCode(), "no numbers to draw");
    }

    private static HttpResponse<String> draw(String view, String query, String width) throws Exception {
        return server.get("/view/" + view + "?width=" + width + "&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                null);
    }
}
