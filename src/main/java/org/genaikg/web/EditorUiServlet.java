package org.genaikg.web;

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

    /** {@code rowCap} is the most rows a SELECT answers; 0 when there is no cap. */
    public EditorUiServlet(List<ExampleQuery> queries, long rowCap) {
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
        // "</" cannot end the script element early when written as "<\/" (the same string to JSON)
        String configBlock = "<script type=\"application/json\" id=\"genai-kg-config\">"
                + configJson.replace("</", "<\\/") + "</script>\n"
                + "    <script src=\"/ui/genai-kg-ui.js\"></script>\n";
        String bar = "<header class=\"genai-kg-bar\"><a class=\"brand\" href=\"/\">genai-kg "
                + "<span lang=\"zh\">生成式人工智能知识图谱</span></a> <a href=\"/\">Home</a> "
                + "<a href=\"/queries/\">Example queries</a> <a href=\"/statistics\">Statistics</a> "
                + "<a href=\"/timeline\">Timeline</a> <a href=\"/search\">Search</a> <a href=\"/dumps/\">Dumps</a> "
                + "<span class=\"read-only\">Read-only server: to get everything, "
                + "<a href=\"/dumps/\">download the dumps</a>. <span lang=\"zh\">只读服务</span></span></header>\n    ";
        String page = stock
                .replace("<title>Apache Jena Fuseki UI</title>", "<title>SPARQL editor · genai-kg (Fuseki UI)</title>")
                .replace("href=\"./", "href=\"/").replace("src=\"./", "src=\"/")
                .replaceFirst("<script ", java.util.regex.Matcher.quoteReplacement(configBlock) + "    <script ")
                .replace("</head>", "  <link rel=\"stylesheet\" href=\"/ui/genai-kg-ui.css\">\n  </head>")
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
            case "/ui/" -> send(resp, "text/html;charset=utf-8", index, "no-cache");
            case "/ui", "/index.html" -> resp.sendRedirect("/ui/");
            case "/ui/prefixes.json" -> send(resp, "application/json", prefixes, "public, max-age=3600");
            case "/ui/no-stats.json" -> send(resp, "application/json", "{}".getBytes(StandardCharsets.UTF_8), "no-cache");
            case "/ui/genai-kg-ui.js" -> send(resp, "text/javascript;charset=utf-8", resource(OURS + "genai-kg-ui.js"), "no-cache");
            case "/ui/genai-kg-ui.css" -> send(resp, "text/css;charset=utf-8", resource(OURS + "genai-kg-ui.css"), "no-cache");
            default -> Layout.send(resp, 404, Layout.page("Not found", "<h1>Not found</h1>\n<p>Nothing at <code>"
                    + Html.text(path) + "</code>. The SPARQL editor is at <a href=\"/ui/\">/ui/</a>.</p>"));
        }
    }

    private static void send(HttpServletResponse resp, String type, byte[] body, String cacheControl) throws IOException {
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.setHeader("Cache-Control", cacheControl);
        resp.getOutputStream().write(body);
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
