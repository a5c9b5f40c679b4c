package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.genaikg.query.ExampleQuery;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/**
 * {@code /queries/}: the example queries with their questions in Chinese and English. Each query has a page of its
 * own ({@code /queries/NAME}) showing its text, a link that runs it in the SPARQL editor and its CSV answer;
 * {@code /queries/NAME.rq} is the file itself.
 */
public final class QueryCatalogServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String PATH = "/queries/";
    private final transient List<ExampleQuery> queries;
    private final transient Layout layout;

    public QueryCatalogServlet(List<ExampleQuery> queries, Layout layout) {
        this.queries = List.copyOf(queries);
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if (path.equals("/")) {
            Responses.page(resp, 200, catalogue());
            return;
        }
        for (ExampleQuery q : queries) {
            if (path.equals("/" + q.name())) {
                Responses.page(resp, 200, queryPage(q));
                return;
            }
            if (path.equals("/" + q.name() + ".rq")) {
                // text/plain so that a browser shows the file rather than downloading it
                Responses.send(resp, 200, "text/plain;charset=utf-8", q.text().getBytes(StandardCharsets.UTF_8),
                        Responses.PAGE_CACHE);
                return;
            }
        }
        Responses.page(resp, 404, layout.page("No such example query", new HtmlWriter()
                .element("h1", "No such example query").newline()
                .open("p").text("No example query at ").element("code", path).text("; see ")
                .link(Url.local(PATH), "the list of example queries").text(".").close("p").toHtml()));
    }

    private Html catalogue() {
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text("Example queries ").lang("zh", "示例查询").close("h1").newline()
                .open("p").text(queries.size() + " questions the graph answers; each opens in the SPARQL editor or "
                        + "answers as CSV. ").lang("zh", "每个查询可在查询编辑器中运行，或直接获取 CSV 结果。").close("p").newline()
                .open("table", "class", "queries").newline().open("thead").open("tr").element("th", "query")
                .element("th", "问题", "lang", "zh").element("th", "question").element("th", "run")
                .close("tr").close("thead").newline().open("tbody").newline();
        for (ExampleQuery q : queries) {
            w.open("tr").open("td").openLink(Url.relative(q.name()), "class", "show").element("code", q.name())
                    .close("a").close("td").element("td", q.questionZh(), "lang", "zh").element("td", q.questionEn())
                    .open("td", "class", "links");
            runLinks(w, q);
            w.close("td").close("tr").newline();
        }
        w.close("tbody").newline().close("table").newline();
        return layout.page("Example queries 示例查询", Layout.style("td.links{white-space:nowrap}"), w.toHtml());
    }

    private Html queryPage(ExampleQuery q) {
        HtmlWriter w = new HtmlWriter();
        w.open("p").link(Url.relative("./"), "Example queries").text(" ›").close("p").newline()
                .open("h1").element("code", q.name()).close("h1").newline()
                .element("p", q.questionZh(), "lang", "zh").newline().element("p", q.questionEn()).newline();
        if (!q.shows().isEmpty()) w.element("p", "The answer shows: " + q.shows(), "class", "muted").newline();
        w.open("p");
        runLinks(w, q);
        w.text(" · ").link(Url.relative(q.name() + ".rq"), q.name() + ".rq").close("p").newline()
                .open("pre").element("code", q.text()).close("pre").newline();
        return layout.page(q.name() + " — " + q.questionEn(), w.toHtml());
    }

    private static void runLinks(HtmlWriter w, ExampleQuery q) {
        w.link(Layout.editor(q.text()), "open in editor", "class", "open").text(" · ")
                .link(Url.local("/kg/sparql").with("output", "csv").with("query", q.text()), "CSV", "class", "csv");
    }
}
