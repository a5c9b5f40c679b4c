package org.genaikg.web.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaikg.query.ExampleQuery;
import org.genaikg.vocab.Namespaces;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /ui/}: the stock Fuseki UI ({@code jena-fuseki-ui}, whose files the server serves unchanged from the jar
 * through Fuseki's static-file base) made genai-kg's own. Its {@code index.html} is served with the genai-kg bar,
 * the project's example queries, prefixes and row cap as a JSON block, and our script and stylesheet
 * ({@code genai-kg-ui.js}, {@code genai-kg-ui.css}), which hide every write action and keep every request on this
 * server. {@code /ui/prefixes.json} answers the editor's prefix look-ups in place of prefix.cc, and
 * {@code /ui/no-stats.json} the info page's request for statistics, which the server keeps internal.
 */
public final class EditorUiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String STOCK_INDEX = "webapp/index.html";
    private static final String OURS = "org/genaikg/web/ui/";

    private final transient byte[] index;
    private final transient byte[] prefixes;
    private final transient Layout layout;

    /** {@code rowCap} is the most rows a SELECT answers; 0 when there is no cap. */
    public EditorUiServlet(List<ExampleQuery> queries, long rowCap, Layout layout) {
        this.layout = layout;
        ObjectMapper json = new ObjectMapper();
        Map<String, String> prefixMap = new LinkedHashMap<>(Namespaces.queryPrefixes().getNsPrefixMap());
        try {
            this.prefixes = json.writeValueAsBytes(prefixMap);
            Map<String, Object> config = new LinkedHashMap<>();
            config.put("queries", queries.stream().map(q -> Map.of("name", q.name(), "zh", q.questionZh(),
                    "en", q.questionEn(), "text", q.text())).toList());
            config.put("prefixes", prefixMap);
            config.put("rowCap", rowCap);
            this.index = index(json.writeValueAsString(config)).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the editor's configuration as JSON", e);
        }
    }

    private static String index(String configJson) {
        String stock = new String(resource(STOCK_INDEX), StandardCharsets.UTF_8);
        String configBlock = new HtmlWriter().scriptData("application/json", "genai-kg-config", configJson).newline()
                .text("    ").scriptFrom(Url.local("/ui/genai-kg-ui.js")).newline().toString();
        String bar = new HtmlWriter().open("header", "class", "genai-kg-bar")
                .openLink(Url.local("/"), "class", "brand").text("genai-kg ").lang("zh", "生成式人工智能知识图谱").close("a")
                .text(" ").html(Layout.navigation()).text(" ")
                .open("span", "class", "read-only").text("Read-only server: to get everything, ")
                .link(Url.local("/dumps/"), "download the dumps").text(". ").lang("zh", "只读服务").close("span")
                .close("header").newline().text("    ").toString();
        String link = new HtmlWriter().linkElement("stylesheet", Url.local("/ui/genai-kg-ui.css")).toString();
        // The stock page's own markup is the anchor: each addition is written by the site's writer and put
        // before a tag the stock page has, which the check below confirms is still there.
        String page = stock
                .replace("<title>Apache Jena Fuseki UI</title>",
                        new HtmlWriter().element("title", "SPARQL editor · genai-kg (Fuseki UI)").toString())
                .replace("href=\"./", "href=\"/").replace("src=\"./", "src=\"/")
                .replaceFirst("<script ", java.util.regex.Matcher.quoteReplacement(configBlock) + "    <script ")
                .replace("</head>", "  " + link + "\n  </head>")
                .replace("<div id=\"app\">", bar + "<div id=\"app\">");
        if (!page.contains("genai-kg-config") || !page.contains("genai-kg-bar") || !page.contains("genai-kg-ui.css")) {
            throw new IllegalStateException("The Fuseki UI's " + STOCK_INDEX + " is not laid out as expected "
                    + "(a <script> in <head> and <div id=\"app\">): cannot add genai-kg's script and bar to it");
        }
        return page;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        switch (path) {
            case "/ui/" -> Responses.send(resp, 200, "text/html;charset=utf-8", index, "no-cache");
            case "/ui", "/index.html" -> resp.sendRedirect("/ui/");
            case "/ui/prefixes.json" -> Responses.send(resp, 200, "application/json", prefixes, "public, max-age=3600");
            case "/ui/no-stats.json" -> Responses.send(resp, 200, "application/json",
                    "{}".getBytes(StandardCharsets.UTF_8), "no-cache");
            case "/ui/genai-kg-ui.js" -> Responses.send(resp, 200, "text/javascript;charset=utf-8",
                    resource(OURS + "genai-kg-ui.js"), "no-cache");
            case "/ui/genai-kg-ui.css" -> Responses.send(resp, 200, "text/css;charset=utf-8",
                    resource(OURS + "genai-kg-ui.css"), "no-cache");
            default -> Responses.page(resp, 404, layout.page("Not found", new HtmlWriter().element("h1", "Not found")
                    .newline().open("p").text("Nothing at ").element("code", path).text(". The SPARQL editor is at ")
                    .link(Url.local("/ui/"), "/ui/").text(".").close("p").toHtml()));
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = EditorUiServlet.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("Missing on the class path: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the UI's own files are, for Fuseki's static-file base: the {@code webapp} folder of the UI's jar. */
    public static String uiFiles() {
        var url = EditorUiServlet.class.getClassLoader().getResource(STOCK_INDEX);
        if (url == null) throw new IllegalStateException("The Fuseki UI (jena-fuseki-ui) is not on the class path");
        String s = url.toString();
        return s.substring(0, s.length() - "index.html".length());
    }
}
