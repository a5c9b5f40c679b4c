package org.genaikg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/** {@code /list/{kind}}: every resource of one kind with both labels and its type, each linking to its page. */
public final class KindListServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient DatasetGraph dataset;
    private final transient KindIndex index;

    KindListServlet(DatasetGraph dataset, KindIndex index) {
        this.dataset = dataset;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String segment = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<Kind> kind = Kind.ofSegment(segment);
        if (kind.isEmpty()) {
            StringBuilder known = new StringBuilder();
            for (Kind k : Kind.values()) {
                known.append("<li><a href=\"").append(k.listHref()).append("\">").append(Html.text(k.en)).append("</a></li>");
            }
            Layout.send(resp, 404, Layout.page("No such list", "<h1>No such list</h1>\n<p>There is no list of <code>"
                    + Html.text(segment) + "</code>. The lists are:</p>\n<ul>" + known + "</ul>"));
            return;
        }
        Layout.send(resp, 200, dataset.calculateRead(() -> render(kind.get())));
    }

    private String render(Kind kind) {
        Labels labels = new Labels(dataset.getDefaultGraph());
        List<Node> resources = index.resources(kind);
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(Html.text(kind.en)).append(" ").append(Html.lang("zh", kind.zh)).append("</h1>\n<p>")
                .append(resources.size()).append(" in the graph.");
        if (kind == Kind.DATASET) html.append(" See them as charts under <a href=\"/statistics\">Statistics</a>.");
        if (kind == Kind.EVENT) html.append(" See them by month on the <a href=\"/timeline\">timeline</a>.");
        html.append("</p>\n<table>\n<thead><tr><th lang=\"zh\">名称</th><th>name</th><th>type <span lang=\"zh\">类型</span>"
                + "</th></tr></thead>\n<tbody>\n");
        for (Node node : resources) {
            html.append("<tr><td lang=\"zh\"><a href=\"").append(Html.attr(Labels.href(node))).append("\">")
                    .append(Html.text(labels.zh(node))).append("</a></td><td>")
                    .append(Html.text(labels.en(node).orElse(""))).append("</td><td>").append(labels.type(node))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return Layout.page(kind.en + " " + kind.zh, html.toString());
    }
}
