package org.genaikg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nu.validator.validation.SimpleDocumentValidator;
import org.genaikg.serve.KgServer;
import org.genaikg.serve.ServeConfig;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The browse pages of every kind are valid HTML5 (Nu HTML Checker), with a language and a title naming the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowsePagesHtmlTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> errors = new ArrayList<>();
    private SimpleDocumentValidator validator;
    private KgServer server;

    @TempDir
    static Path dumps;

    @BeforeAll
    void start() throws Exception {
        var graph = RealBuild.graph();
        RealBuild.copyDumpsTo(dumps);
        server = KgServer.start(ServeConfig.defaults(dumps, Path.of("queries")).withPort(0), KgServer.inMemory(graph));
        ErrorHandler collect = new ErrorHandler() {
            @Override public void warning(SAXParseException e) {}
            @Override public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
            @Override public void fatalError(SAXParseException e) { error(e); }
        };
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, true, false);
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/resource/organization/deepseek, 200",
            "/resource/model/deepseek-r1, 200",
            "/resource/policy/ai-generated-synthetic-content-labeling-measures, 200",
            "/resource/dataset/ai-industrialization-typical-cases, 200",
            "/resource/observation/ai-industrialization-typical-cases/cases-equipment-product-2024-12, 200",
            "/resource/codelist/age-group, 200",
            "/resource/source/cnnic2025-fn01, 200",
            "/resource/report/cnnic-genai-2025, 200",
            "/resource/report/cnnic-genai-2025/section/5.2, 200",
            "/resource/place/china, 200",
            "/ontology, 200",
            "/dataset, 200",
            "/search, 200",
            "/search?q=deepseek, 200",
            "/search?q=%E6%96%87%E5%BF%83, 200",
            "/search?q=, 400",
            "/resource/organization/no-such-company, 404"})
    void pageIsValidHtml5WithLanguageAndTitle(String path, int status) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), path);
        String html = r.body();
        assertTrue(Pattern.compile("<html lang=\"[a-z]{2}").matcher(html).find(), path + ": no <html lang>");
        assertTrue(Pattern.compile("<title>[^<]{3,} · genai-kg</title>").matcher(html).find(), path + ": no title");
        errors.clear();
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        assertEquals(List.of(), List.copyOf(errors), path + ": not valid HTML5");
    }
}
