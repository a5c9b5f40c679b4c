package org.genaikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.genaikg.query.ExampleQuery;
import org.genaikg.web.Html;
import org.genaikg.web.Layout;

/**
 * {@code /queries/}: the example queries with their questions in Chinese and English. Each query has a page of its
 * own ({@code /queries/NAME}) showing its text, a link that runs it in the SPARQL editor and its CSV answer;
 * {@code /queries/NAME.rq} is the file itself.
 */
final class QueryCatalogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient List<ExampleQuery> queries;

    QueryCatalogServlet(List<ExampleQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            Layout.send(resp, 200, catalogue());
            return;
        }
        for (ExampleQuery q : queries) {
            if (path.equals("/" + q.name())) {
                Layout.send(resp, 200, queryPage(q));
                return;
            }
            if (path.equals("/" + q.name() + ".rq")) {
                byte[] body = q.text().getBytes(StandardCharsets.UTF_8);
                // text/plain so that a browser shows the file rather than downloading it
                resp.setContentType("text/plain;charset=utf-8");
                resp.setContentLength(body.length);
                resp.getOutputStream().write(body);
                return;
            }
        }
        Layout.send(resp, 404, Layout.page("No such example query",
                "<h1>No such example query</h1>\n<p>No example query at <code>" + Html.text(path)
                        + "</code>; see <a href=\"/queries/\">the list of example queries</a>.</p>"));
    }

    private String catalogue() {
        StringBuilder html = new StringBuilder();
        html.append("<h1>Example queries <span lang=\"zh\">示例查询</span></h1>\n<p>").append(queries.size())
                .append(" questions the graph answers; each opens in the SPARQL editor or answers as CSV. "
                        + "<span lang=\"zh\">每个查询可在查询编辑器中运行，或直接获取 CSV 结果。</span></p>\n")
                .append("<table class=\"queries\">\n<thead><tr><th>query</th><th lang=\"zh\">问题</th><th>question</th>"
                        + "<th>run</th></tr></thead>\n<tbody>\n");
        for (ExampleQuery q : queries) {
            html.append("<tr><td><a class=\"show\" href=\"").append(Html.attr(q.name())).append("\"><code>")
                    .append(Html.text(q.name())).append("</code></a></td><td lang=\"zh\">")
                    .append(Html.text(q.questionZh())).append("</td><td>").append(Html.text(q.questionEn()))
                    .append("</td><td class=\"links\">");
            runLinks(html, q);
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return Layout.page("Example queries 示例查询", "<style>td.links{white-space:nowrap}</style>\n", html.toString());
    }

    private static String queryPage(ExampleQuery q) {
        StringBuilder html = new StringBuilder();
        html.append("<p><a href=\"./\">Example queries</a> ›</p>\n<h1><code>").append(Html.text(q.name()))
                .append("</code></h1>\n<p lang=\"zh\">").append(Html.text(q.questionZh())).append("</p>\n<p>")
                .append(Html.text(q.questionEn())).append("</p>\n");
        if (!q.shows().isEmpty()) {
            html.append("<p class=\"muted\">The answer shows: ").append(Html.text(q.shows())).append("</p>\n");
        }
        html.append("<p>");
        runLinks(html, q);
        html.append(" · <a href=\"").append(Html.attr(q.name())).append(".rq\">").append(Html.text(q.name()))
                .append(".rq</a></p>\n<pre><code>").append(Html.text(q.text())).append("</code></pre>\n");
        return Layout.page(q.name() + " — " + q.questionEn(), html.toString());
    }

    private static void runLinks(StringBuilder html, ExampleQuery q) {
        html.append("<a class=\"open\" href=\"").append(Html.attr(Layout.editorHref(q.text())))
                .append("\">open in editor</a> · <a class=\"csv\" href=\"/kg/sparql?output=csv&amp;query=")
                .append(Html.attr(Html.query(q.text()))).append("\">CSV</a>");
    }
}
