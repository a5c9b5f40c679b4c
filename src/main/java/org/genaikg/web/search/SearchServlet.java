package org.genaikg.web.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.TermWords;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;
import org.genaikg.web.page.BrowseStyle;
import org.genaikg.web.page.Links;
import org.genaikg.web.page.SearchForm;
import org.genaikg.web.page.ValueView;

/**
 * {@code GET /search?q=NAME}: the resources whose names match, best first, as a page or — with
 * {@code Accept: application/json} or {@code format=json} — as JSON. A blank or over-long {@code q} is a 400.
 */
public final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Hits per answer. */
    static final int LIMIT = 50;
    /** Nearest names offered when nothing matches. */
    static final int SUGGESTIONS = 5;
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writerWithDefaultPrettyPrinter();

    private final transient SearchIndex search;
    private final transient TermWords words;
    private final transient ValueView values;
    private final transient Layout layout;

    public SearchServlet(ReadModel model, SearchIndex search, Layout layout) {
        this.search = search;
        this.words = model.words();
        this.values = new ValueView(model.labels(), new Links(model.labels()));
        this.layout = layout;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null && req.getParameter("format") == null) {
            Responses.page(resp, 200, page("", null, List.of()));
            return;
        }
        boolean json = "json".equals(req.getParameter("format")) || "application/json".equals(
                ConNeg.chooseContentType(req, OFFER, MediaType.create("text/html")).getContentTypeStr());
        resp.setHeader("Vary", "Accept");
        String problem = SearchIndex.problem(q);
        if (problem != null) {
            if (json) {
                ObjectNode error = JSON.createObjectNode().put("error", problem);
                Responses.send(resp, 400, "application/json", WRITER.writeValueAsBytes(error), "no-store");
            } else {
                HtmlWriter m = new HtmlWriter().open("h1").text("搜索 ").element("span", "Search", "class", "en")
                        .close("h1").newline().element("p", problem, "class", "note").newline();
                SearchForm.write(m, q == null || q.length() > SearchIndex.MAX_QUERY_LENGTH ? "" : q);
                Responses.page(resp, 400, layout.page("搜索 Search", BrowseStyle.HEAD, m.toHtml()));
            }
            return;
        }
        List<SearchIndex.Hit> hits = search.search(q, LIMIT);
        List<SearchIndex.Hit> suggestions = hits.isEmpty() ? search.suggest(q, SUGGESTIONS) : List.of();
        if (json) {
            Responses.send(resp, 200, "application/json", WRITER.writeValueAsBytes(json(q, hits, suggestions)),
                    Responses.PAGE_CACHE);
        } else {
            Responses.page(resp, 200, page(q, hits, suggestions));
        }
    }

    private ObjectNode json(String q, List<SearchIndex.Hit> hits, List<SearchIndex.Hit> suggestions) {
        ObjectNode root = JSON.createObjectNode().put("query", q);
        hits(root.putArray("hits"), hits);
        if (!suggestions.isEmpty()) hits(root.putArray("suggestions"), suggestions);
        return root;
    }

    private void hits(ArrayNode list, List<SearchIndex.Hit> hits) {
        for (SearchIndex.Hit h : hits) {
            ObjectNode o = list.addObject().put("iri", h.resource().getURI())
                    .put("page", values.page(h.resource()).map(Url::toString).orElse(null))
                    .put("match", h.match().name().toLowerCase(java.util.Locale.ROOT));
            o.put("zh", h.label().zh()).put("en", h.label().en());
            if (h.match() == SearchIndex.Match.NONE) o.remove("match");
            ArrayNode types = o.putArray("types");
            for (Node t : h.types()) {
                Bilingual tl = words.label(t);
                types.addObject().put("iri", t.getURI()).put("zh", tl.zh()).put("en", tl.en());
            }
        }
    }

    /** The results page for {@code q}; with {@code hits == null}, the empty search form. */
    private Html page(String q, List<SearchIndex.Hit> hits, List<SearchIndex.Hit> suggestions) {
        HtmlWriter m = new HtmlWriter();
        if (hits == null) {
            m.open("h1").text("搜索 ").element("span", "Search", "class", "en").close("h1").newline()
                    .element("p", "按名称查找资源：中文或英文名称、别名、代码均可。 "
                            + "Find resources by any name, alias or code, in Chinese or English.").newline();
            SearchForm.write(m, "");
            return layout.page("搜索 Search", BrowseStyle.HEAD, m.toHtml());
        }
        m.open("h1").text("搜索 ").element("span", "Search", "class", "en").text(": ").text(q).close("h1").newline();
        SearchForm.write(m, q);
        if (hits.isEmpty()) {
            m.element("p", "没有找到名称匹配的资源。 Nothing in the graph has a matching name.").newline();
            if (!suggestions.isEmpty()) {
                m.element("p", "您要找的是否是 Did you mean:").newline().open("ol", "class", "hits suggestions").newline();
                for (SearchIndex.Hit h : suggestions) {
                    m.open("li");
                    values.resource(m, h.resource());
                    m.close("li").newline();
                }
                m.close("ol").newline();
            }
        } else {
            m.element("p", hits.size() == LIMIT ? "前 " + LIMIT + " 项 first " + LIMIT : hits.size() + " 项 found",
                    "class", "count").newline().open("ol", "class", "hits").newline();
            for (SearchIndex.Hit h : hits) {
                m.open("li");
                values.resource(m, h.resource());
                for (Node t : h.types()) {
                    m.text(" ").element("span", words.label(t).both(TermWords.shortName(t)), "class", "type");
                }
                m.close("li").newline();
            }
            m.close("ol").newline();
        }
        return layout.page("搜索 Search: " + q, BrowseStyle.HEAD, m.toHtml());
    }
}
