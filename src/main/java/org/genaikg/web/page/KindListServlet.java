package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.Kind;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Responses;
import org.genaikg.web.html.Url;

/** {@code /list/{kind}}: every resource of one kind with both labels and its type, each linking to its page. */
public final class KindListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ReadModel model;
    private final transient Layout layout;

    public KindListServlet(ReadModel model, Layout layout) {
        this.model = model;
        this.layout = layout;
    }

    static Url href(Kind kind) {
        return Url.local("/list/" + kind.segment());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String segment = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<Kind> kind = Kind.ofSegment(segment).filter(Kind::isListed);
        if (kind.isEmpty()) {
            HtmlWriter w = new HtmlWriter().element("h1", "No such list").newline()
                    .open("p").text("There is no list of ").element("code", segment).text(". The lists are:").close("p")
                    .newline().open("ul");
            for (Kind k : Kind.values()) if (k.isListed()) w.open("li").link(href(k), k.listEn()).close("li");
            Responses.page(resp, 404, layout.page("No such list", w.close("ul").toHtml()));
            return;
        }
        Responses.page(resp, 200, render(kind.get()));
    }

    private org.genaikg.web.html.Html render(Kind kind) {
        List<Node> resources = model.kinds().resources(kind);
        HtmlWriter w = new HtmlWriter();
        w.open("h1").text(kind.listEn() + " ").lang("zh", kind.listZh()).close("h1").newline()
                .open("p").text(resources.size() + " in the graph.");
        if (kind == Kind.DATASET) w.text(" See them as charts under ").link(Url.local("/statistics"), "Statistics").text(".");
        if (kind == Kind.EVENT) w.text(" See them by month on the ").link(Url.local("/timeline"), "timeline").text(".");
        w.close("p").newline().open("table").newline().open("thead").open("tr")
                .element("th", "名称", "lang", "zh").element("th", "name")
                .open("th").text("type ").lang("zh", "类型").close("th").close("tr").close("thead").newline()
                .open("tbody").newline();
        for (Node node : resources) {
            Bilingual name = model.labels().label(node);
            w.open("tr").open("td", "lang", "zh");
            Links.ownPage(node).ifPresent(w::openLink);
            w.text(name.first(GraphReader.localName(node)));
            if (Links.ownPage(node).isPresent()) w.close("a");
            w.close("td").element("td", name.en() == null ? "" : name.en()).open("td");
            List<Node> types = model.labels().types(node);
            if (!types.isEmpty()) ValueView.name(w, model.words().label(types.get(0)), TermWords.shortName(types.get(0)));
            w.close("td").close("tr").newline();
        }
        w.close("tbody").newline().close("table").newline();
        return layout.page(kind.listEn() + " " + kind.listZh(), w.toHtml());
    }
}
