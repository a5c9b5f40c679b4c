package org.genaikg.web;

import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.genaikg.serve.KgServer;
import org.genaikg.serve.ServeConfig;
import org.genaikg.RealBuild;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The server's own HTML pages on the real graph: every page is valid HTML5 by the Nu HTML Checker, has a language and
 * a title, and escapes every value — the graph served here has hostile labels on an agency, a data set, a code and
 * an event, which must appear as text and never as markup.
 */
class SitePagesTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'&x";
    private static final String HOSTILE_ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;x";
    private static final Node AGENCY = NodeFactory.createURI(Namespaces.RES + "agency/state-council");
    private static final Node DATA_SET = NodeFactory.createURI(Namespaces.RES + "dataset/ai-investment-by-sector");
    private static final Node CODE = NodeFactory.createURI(Namespaces.RES + "code/investment-sector/sector-robotics");
    private static final Node EVENT = NodeFactory.createURI(Namespaces.RES + "event/ai-sou-release");

    private static Path dumps;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws IOException {
        dumps = Files.createTempDirectory("genai-kg-site-");
        Graph graph = RealBuild.copy();
        RealBuild.copyDumpsTo(dumps);
        for (Node node : List.of(AGENCY, DATA_SET, CODE, EVENT)) {
            assertTrue(graph.contains(node, RDF.Nodes.type, Node.ANY), "fixture resource missing from the graph: " + node);
            for (Node property : List.of(RDFS.Nodes.label, SKOS.prefLabel.asNode())) {
                graph.find(node, property, Node.ANY).toList().forEach(graph::delete);
            }
            graph.add(Triple.create(node, RDFS.Nodes.label, NodeFactory.createLiteralLang(HOSTILE, "zh")));
            graph.add(Triple.create(node, RDFS.Nodes.label, NodeFactory.createLiteralLang(HOSTILE, "en")));
        }
        server = KgServer.start(ServeConfig.defaults(dumps, Path.of("queries")).withPort(0), KgServer.inMemory(graph));
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) server.close();
        try (Stream<Path> files = Files.walk(dumps)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("/", "/statistics", "/timeline", "/timeline?kind=Release&place=china",
                "/timeline?kind=Nonsense&place=atlantis", "/ui/", "/queries/", "/queries/agency-most-policies", "/dumps/",
                "/list/nothing", "/statistics/nothing", "/queries/nothing", "/ui/nothing", "/static/"));
        for (String kind : List.of("place", "agency", "policy", "organization", "person", "model", "scenario", "term",
                "event", "dataset", "observation", "source")) {
            pages.add("/list/" + kind);
        }
        try (Stream<String> lines = Files.lines(Path.of("data/statistics/datasets.csv"))) {
            lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).forEach(id -> pages.add("/statistics/" + id));
        }
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml5WithLanguageAndTitle(String path) throws Exception {
        HttpResponse<String> r = get(path);
        boolean missing = path.contains("nothing") || path.equals("/static/");
        assertEquals(missing ? 404 : 200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        String html = r.body();
        assertTrue(Pattern.compile("<html lang=\"[a-z]{2}").matcher(html).find(), path + ": no <html lang>");
        Matcher title = Pattern.compile("<title>([^<]+)</title>").matcher(html);
        assertTrue(title.find() && title.group(1).strip().length() > "genai-kg".length() + 4, path + ": no title naming the page");
        assertFalse(html.contains("<script>alert(1)"), path + ": a value was written as markup");
        assertEquals(List.of(), validate(html), path + ": not valid HTML5");
    }

    @Test
    void hostileLabelsAreShownAsText() throws Exception {
        for (String path : List.of("/list/agency", "/statistics", "/statistics/ai-investment-by-sector", "/timeline",
                "/timeline?kind=Release")) {
            String html = get(path).body();
            assertTrue(html.contains(HOSTILE_ESCAPED), path + " does not show the hostile label as escaped text");
        }
    }

    @Test
    void dataSetPageDrawsChartsWithBilingualAxesAndTheValues() throws Exception {
        String html = get("/statistics/ai-investment-by-sector").body();
        assertTrue(html.contains("<svg"), "no chart");
        assertTrue(html.contains("class=\"axis-title category-axis\""), "no category axis title");
        assertTrue(html.contains("金额占比") && html.contains("share of amount"), "the measures are not labelled in both languages");
        assertTrue(html.contains("亿元 · hundred million yuan"), "the value axis does not name the unit in both languages");
        assertTrue(html.contains(">est. 143.5</a>"), "the table lacks the robotics amount 143.5, an estimate (footnote 73)");
        assertTrue(html.contains("fn 73") && html.contains("§5.3"), "the source (section 5.3, footnote 73) is missing");
        assertTrue(html.contains("class=\"legend\""), "shares by sector and measure are not drawn as grouped bars with a legend");
        String scale = get("/statistics/genai-user-scale").body();
        assertFalse(scale.contains("<polyline"), "a level and a change are drawn as one line over a pretend time axis");
        assertTrue(scale.contains("变化量 changes"), "the changes are not drawn in a chart of their own");
    }

    @Test
    void timelineFiltersByKindAndPlaceAndLinksEachEvent() throws Exception {
        String all = get("/timeline").body();
        String releases = get("/timeline?kind=Release").body();
        String china = get("/timeline?place=china").body();
        int total = count(all, "<li class=\"event\">");
        int released = count(releases, "<li class=\"event\">");
        int inChina = count(china, "<li class=\"event\">");
        assertTrue(total > 100, "timeline lists " + total + " events");
        assertTrue(released > 0 && released < total, released + " releases of " + total);
        assertTrue(inChina > 0 && inChina < total, inChina + " events in China of " + total);
        assertEquals(released, count(releases, "<span class=\"kind\"><span lang=\"zh\">发布</span>"),
                "an entry that is not a release passed the filter");
        assertTrue(all.contains("href=\"/resource/event/ai-sou-release\""), "events do not link to their pages");
        assertTrue(all.contains("<time class=\"date\">2024</time>") || all.contains("month not stated"),
                "year-only dates are not shown at their precision");
    }

    @Test
    void editorIsTheFusekiUiWithTheProjectsQueriesPrefixesAndScript() throws Exception {
        HttpResponse<String> ui = get("/ui/");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("<script src=\"/ui/genai-kg-ui.js\"></script>"));
        assertTrue(ui.body().contains("src=\"/static/index-"), "the UI's own module is not loaded from the static base");
        long queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertEquals(queries, count(ui.body(), "\"name\":\""), "not every example query is in the editor");
        assertTrue(ui.body().contains("\"gkg\":\"https://w3id.org/genai-kg/ontology#\""), "the editor lacks the gkg prefix");
        assertEquals(302, get("/index.html").statusCode());
        assertEquals(200, get("/static/" + staticScript(ui.body())).statusCode());
        assertTrue(get("/ui/prefixes.json").body().contains("\"res\":\"https://w3id.org/genai-kg/resource/\""));
        assertTrue(get("/").body().contains("location.replace('/ui/' + location.hash)"), "old /#/ links are not forwarded");
    }

    @Test
    void personsAndTermsAreListedAndCountedLikeEveryOtherKind() throws Exception {
        String home = get("/").body();
        for (String[] kind : new String[][] {{"person", "data/persons.csv"}, {"term", "data/terms.csv"}}) {
            long rows;
            try (Stream<String> lines = Files.lines(Path.of(kind[1]))) {
                rows = lines.skip(1).filter(l -> !l.isBlank()).count();
            }
            assertTrue(home.contains("<a href=\"/list/" + kind[0] + "\"><span class=\"n\">" + rows + "</span>"),
                    "the home page does not count the " + rows + " rows of " + kind[1]);
            String list = get("/list/" + kind[0]).body();
            assertEquals(rows, count(list, "href=\"/resource/" + kind[0] + "/"), "/list/" + kind[0] + " does not list every row");
        }
        assertTrue(get("/list/person").body().contains("赵春江"), "a person of data/persons.csv is missing");
        assertTrue(get("/list/term").body().contains("幻觉"), "a term of data/terms.csv is missing");
    }

    @Test
    void queryPageShowsTheQueryAndTheFileIsShownNotDownloaded() throws Exception {
        HttpResponse<String> page = get("/queries/agency-most-policies");
        assertTrue(page.body().contains("<pre><code>"), "the query page does not show the query");
        assertTrue(page.body().contains("href=\"/ui/#/dataset/kg/query?query="), "no link into the editor");
        HttpResponse<String> file = get("/queries/agency-most-policies.rq");
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(file.headers().firstValue("Content-Disposition").isEmpty());
    }

    private static String staticScript(String index) {
        Matcher m = Pattern.compile("src=\"/static/([^\"]+)\"").matcher(index);
        assertTrue(m.find());
        return m.group(1);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Nu HTML Checker's errors for {@code html}, each with its line and column; warnings are not errors. */
    private static List<String> validate(String html) throws Exception {
        synchronized (ERRORS) {
            ERRORS.clear();
            if (validator == null) {
                validator = new SimpleDocumentValidator(false, false, false);
                validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", COLLECT);
                validator.setUpValidatorAndParsers(COLLECT, true, false);
            }
            InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
            return List.copyOf(ERRORS);
        }
    }

    /** Set up once (reading the HTML5 schema takes a second), then reused for every page. */
    private static SimpleDocumentValidator validator;
    private static final List<String> ERRORS = new ArrayList<>();
    private static final ErrorHandler COLLECT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) {
            ERRORS.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    };
}
