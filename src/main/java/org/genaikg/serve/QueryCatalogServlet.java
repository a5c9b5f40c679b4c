package org.genaikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.genaikg.query.ExampleQuery;

/**
 * {@code /queries/}: the example queries with their questions in Chinese and English, each linking to the UI's
 * query editor with the query filled in, to its CSV answer, and to the {@code .rq} file itself.
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
            send(resp, "text/html;charset=utf-8", page().getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (ExampleQuery q : queries) {
            if (path.equals("/" + q.name() + ".rq")) {
                send(resp, "application/sparql-query;charset=utf-8", q.text().getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        HttpErrors.send(resp, 404, "No example query at " + path + "; see /queries/.");
    }

    private String page() {
        StringBuilder html = new StringBuilder(Html.head("genai-kg example queries · 示例查询"));
        html.append("<h1>Example queries · 示例查询</h1>\n<p>").append(queries.size())
                .append(" questions the graph answers. 每个查询可在查询编辑器中打开，或直接获取 CSV 结果。</p>\n<table>\n")
                .append("<tr><th>query</th><th>问题</th><th>question</th><th></th></tr>\n");
        for (ExampleQuery q : queries) {
            String encoded = URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
            html.append("<tr><td><a href=\"").append(q.name()).append(".rq\"><code>").append(Html.escape(q.name()))
                    .append("</code></a></td><td>").append(Html.escape(q.questionZh())).append("</td><td>")
                    .append(Html.escape(q.questionEn())).append("</td><td>")
                    .append("<a class=\"open\" href=\"/#/dataset/kg/query?query=").append(encoded.replace("+", "%20"))
                    .append("\">open in editor</a> · <a class=\"csv\" href=\"/kg/sparql?output=csv&amp;query=")
                    .append(encoded).append("\">CSV</a></td></tr>\n");
        }
        html.append("</table>\n<p><a href=\"/\">SPARQL UI</a> · <a href=\"/dumps/\">Dumps</a> · "
                + "<a href=\"/.well-known/void\">VoID</a></p>\n</body></html>\n");
        return html.toString();
    }

    private static void send(HttpServletResponse resp, String type, byte[] body) throws IOException {
        resp.setContentType(type);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
