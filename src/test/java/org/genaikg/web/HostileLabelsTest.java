package org.genaikg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.genaikg.serve.KgServer;
import org.genaikg.serve.ServeConfig;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value a page shows is escaped: the real graph with {@code browse/hostile-labels.ttl} laid over it (labels
 * that are markup, an attribute breaker, a {@code javascript:} address), and requests that carry markup themselves.
 */
class HostileLabelsTest {
    private static final List<String> LIVE_MARKUP = List.of("<script>alert", "<img src=x", "\" onmouseover=\"",
            "href=\"javascript:");

    @TempDir
    static Path dumps;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Graph graph = RealBuild.copy();
        RealBuild.copyDumpsTo(dumps);
        RDFParser.source(Path.of("src/test/resources/browse/hostile-labels.ttl")).parse(graph);
        server = KgServer.start(ServeConfig.defaults(dumps, Path.of("queries")).withPort(0), KgServer.inMemory(graph));
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/resource/organization/xss-probe",
            "/resource/source/xss-footnote",
            "/resource/event/xss-event",
            "/resource/place/china",
            "/list/organization",
            "/list/event",
            "/list/source",
            "/statistics/ai-investment-by-sector",
            "/timeline",
            "/timeline?place=china",
            "/search?q=script",
            "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/resource/%3Cimg%20src=x%20onerror=alert(2)%3E/x",
            "/resource/organization/%22%3E%3Cimg%20src=x%20onerror=alert(2)%3E",
            // every page kind the request alone can put text into: its 404 shows the text, escaped
            "/statistics/%3Cimg%20src=x%20onerror=alert(2)%3E",
            "/list/%3Cimg%20src=x%20onerror=alert(2)%3E",
            "/queries/%3Cimg%20src=x%20onerror=alert(2)%3E",
            "/ui/%3Cimg%20src=x%20onerror=alert(2)%3E",
            "/timeline?kind=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/timeline?place=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"})
    void markupInTheGraphOrTheRequestIsShownAsText(String path) throws Exception {
        HttpResponse<String> r = html(path);
        assertTrue(List.of(200, 404).contains(r.statusCode()), path + ": " + r.statusCode());
        for (String live : LIVE_MARKUP) assertFalse(r.body().contains(live), path + " contains " + live);
        assertTrue(r.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                        || r.body().contains("&lt;img src=x onerror=alert(2)&gt;"),
                path + " shows the value, escaped");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/resource/organization/xss-probe"})
    void theProbesOwnPageShowsEveryValueEscaped(String path) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("&lt;img src=x onerror=alert(2)&gt;"), "Chinese label escaped");
        assertTrue(body.contains("&quot; onmouseover=&quot;alert(3)"), "attribute breaker escaped");
        assertTrue(body.contains("javascript:alert(4)") && !body.contains("href=\"javascript:"),
                "a javascript: address is shown, never linked");
        String title = body.substring(body.indexOf("<title>"), body.indexOf("</title>"));
        assertTrue(title.contains("&lt;"), "title escaped: " + title);
        assertEquals(-1, body.indexOf("<script"));
    }

    /** A footnote's address that is a script is shown as text wherever the footnote is shown, never linked. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/resource/source/xss-footnote", "/resource/organization/xss-probe",
            "/statistics/ai-investment-by-sector", "/resource/dataset/ai-investment-by-sector"})
    void aHostileFootnoteAddressIsShownAsText(String path) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("javascript:alert(5)"), path + " shows the footnote's address");
        assertFalse(body.contains("href=\"javascript:"), path + " links it");
        assertTrue(body.contains("&lt;img src=x onerror=alert(2)&gt;"), path + " shows the publisher, escaped");
        assertEquals(-1, body.indexOf("<script"), path);
    }

    /** The pages that are not read from the graph stay whole and carry no markup from it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/statistics", "/queries/", "/dumps/", "/ontology", "/search", "/ui/"})
    void thePagesBesideTheGraphCarryNoLiveMarkup(String path) throws Exception {
        HttpResponse<String> r = html(path);
        assertEquals(200, r.statusCode(), path);
        for (String live : LIVE_MARKUP) assertFalse(r.body().contains(live), path + " contains " + live);
    }

    private static HttpResponse<String> html(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
