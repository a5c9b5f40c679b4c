package org.genaikg.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;

/**
 * {@code GET /search?q=NAME}: the resources whose names match, best first, as a page or — with
 * {@code Accept: application/json} or {@code format=json} — as JSON. A blank or over-long {@code q} is a 400.
 */
final class SearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Hits per answer. */
    static final int LIMIT = 50;
    private static final AcceptList OFFER = AcceptList.create("text/html", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writerWithDefaultPrettyPrinter();

    private final transient BrowseSite site;

    SearchServlet(BrowseSite site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String q = req.getParameter("q");
        if (q == null && req.getParameter("format") == null) {
            ResourceServlet.send(resp, 200, "text/html;charset=utf-8", page("", null).getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean json = "json".equals(req.getParameter("format")) || "application/json".equals(
                ConNeg.chooseContentType(req, OFFER, MediaType.create("text/html")).getContentTypeStr());
        resp.setHeader("Vary", "Accept");
        String problem = SearchIndex.problem(q);
        if (problem != null) {
            if (json) {
                ObjectNode error = JSON.createObjectNode().put("error", problem);
                ResourceServlet.send(resp, 400, "application/json", WRITER.writeValueAsBytes(error));
            } else {
                Markup m = new Markup().tag("<h1>搜索 <span class=\"en\">Search</span></h1>\n<p class=\"note\">")
                        .text(problem).tag("</p>\n");
                form(m, q == null || q.length() > SearchIndex.MAX_QUERY_LENGTH ? "" : q);
                ResourceServlet.send(resp, 400, "text/html;charset=utf-8",
                        BrowseStyle.page("搜索 Search", m).getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        List<SearchIndex.Hit> hits = site.search().search(q, LIMIT);
        if (json) {
            ResourceServlet.send(resp, 200, "application/json", WRITER.writeValueAsBytes(json(q, hits)));
        } else {
            ResourceServlet.send(resp, 200, "text/html;charset=utf-8", page(q, hits).getBytes(StandardCharsets.UTF_8));
        }
    }

    private ObjectNode json(String q, List<SearchIndex.Hit> hits) {
        TermWords words = site.words();
        ObjectNode root = JSON.createObjectNode().put("query", q);
        ArrayNode list = root.putArray("hits");
        for (SearchIndex.Hit h : hits) {
            ObjectNode o = list.addObject().put("iri", h.resource().getURI()).put("page", site.values().page(h.resource()))
                    .put("match", h.match().name().toLowerCase(java.util.Locale.ROOT));
            o.put("zh", h.label().zh()).put("en", h.label().en());
            ArrayNode types = o.putArray("types");
            for (Node t : h.types()) {
                Bilingual tl = words.label(t);
                types.addObject().put("iri", t.getURI()).put("zh", tl.zh()).put("en", tl.en());
            }
        }
        return root;
    }

    /** The search form, prefilled with {@code q}. */
    static void form(Markup m, String q) {
        m.tag("<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" maxlength=\"")
                .text(Integer.toString(SearchIndex.MAX_QUERY_LENGTH)).tag("\" required aria-label=\"搜索 Search\" value=\"")
                .attr(q).tag("\"> <button type=\"submit\">搜索 Search</button></form>\n");
    }

    /** The results page for {@code q}; with {@code hits == null}, the empty search form. */
    private String page(String q, List<SearchIndex.Hit> hits) {
        ValueView values = site.values();
        TermWords words = site.words();
        Markup m = new Markup();
        if (hits == null) {
            m.tag("<h1>搜索 <span class=\"en\">Search</span></h1>\n<p>按名称查找资源：中文或英文名称、别名、代码均可。 "
                    + "Find resources by any name, alias or code, in Chinese or English.</p>\n");
            form(m, "");
            return BrowseStyle.page("搜索 Search", m);
        }
        m.tag("<h1>搜索 <span class=\"en\">Search</span>: ").text(q).tag("</h1>\n");
        form(m, q);
        if (hits.isEmpty()) {
            m.tag("<p>没有找到名称匹配的资源。 Nothing in the graph has a matching name.</p>\n");
        } else {
            m.tag("<p class=\"count\">").text(hits.size() == LIMIT ? "前 " + LIMIT + " 项 first " + LIMIT
                    : hits.size() + " 项 found").tag("</p>\n<ol class=\"hits\">\n");
            for (SearchIndex.Hit h : hits) {
                m.tag("<li>");
                values.resource(m, h.resource());
                for (Node t : h.types()) {
                    m.tag(" <span class=\"type\">").text(words.label(t).both(TermWords.shortName(t))).tag("</span>");
                }
                m.tag("</li>\n");
            }
            m.tag("</ol>\n");
        }
        return BrowseStyle.page("搜索 Search: " + q, m);
    }
}
