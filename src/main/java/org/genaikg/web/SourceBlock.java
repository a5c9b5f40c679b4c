package org.genaikg.web;

import java.util.List;
import org.apache.jena.graph.Node;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Std;

/** Where a fact comes from, as HTML: the report's sections and footnotes (publisher, date, URL, text) and the quote. */
final class SourceBlock {
    private final Labels labels;

    SourceBlock(Labels labels) {
        this.labels = labels;
    }

    /** The full block for a resource: sections, each footnote with its details, and the verbatim quote. */
    String full(Node resource) {
        StringBuilder html = new StringBuilder("<dl class=\"source\">\n");
        List<Node> from = labels.objects(resource, Std.PROV_WAS_DERIVED_FROM);
        from.sort(java.util.Comparator.comparing(Node::getURI));
        StringBuilder sections = new StringBuilder();
        StringBuilder footnotes = new StringBuilder();
        for (Node source : from) {
            if (labels.literal(source, GKG.sectionNumber).isPresent()) {
                if (!sections.isEmpty()) sections.append(", ");
                sections.append(labels.link(source));
            } else if (labels.literal(source, GKG.footnoteNumber).isPresent()) {
                footnotes.append("<li>").append(labels.link(source));
                labels.literal(source, Std.DCT_PUBLISHER).ifPresent(p -> footnotes.append(" · ").append(Html.text(p)));
                labels.literal(source, Std.DCT_ISSUED).ifPresent(d -> footnotes.append(" · ").append(Html.text(d)));
                labels.literal(source, GKG.text).ifPresent(t -> footnotes.append("<br><span lang=\"zh\">")
                        .append(Html.text(t)).append("</span>"));
                labels.object(source, Std.SCHEMA_URL).map(u -> u.isURI() ? u.getURI() : u.getLiteralLexicalForm())
                        .ifPresent(u -> footnotes.append("<br>").append(Links.isWebUrl(u)
                                ? "<a href=\"" + Html.attr(u) + "\">" + Html.text(u) + "</a>" : Html.text(u)));
                footnotes.append("</li>\n");
            }
        }
        html.append("<dt>Report <span lang=\"zh\">报告</span></dt><dd>CNNIC, <span lang=\"zh\">《生成式人工智能应用发展报告（2025）》"
                + "</span></dd>\n");
        if (!sections.isEmpty()) html.append("<dt>Section <span lang=\"zh\">章节</span></dt><dd>").append(sections).append("</dd>\n");
        labels.literal(resource, Std.RDFS_COMMENT).ifPresent(c -> html.append("<dt>Figure <span lang=\"zh\">图</span></dt><dd lang=\"zh\">")
                .append(Html.text(c)).append("</dd>\n"));
        if (!footnotes.isEmpty()) {
            html.append("<dt>Footnotes <span lang=\"zh\">脚注</span></dt><dd><ul>\n").append(footnotes).append("</ul></dd>\n");
        }
        labels.literal(resource, GKG.quote).ifPresent(q -> html.append("<dt>Quote <span lang=\"zh\">原文</span></dt>"
                + "<dd><blockquote lang=\"zh\">").append(Html.text(q)).append("</blockquote></dd>\n"));
        return html.append("</dl>\n").toString();
    }

    /** A short cell: section and footnote numbers, with the quote folded away. */
    String brief(List<Node> sources, java.util.Optional<String> quote) {
        StringBuilder html = new StringBuilder();
        for (Node source : sources) {
            var section = labels.literal(source, GKG.sectionNumber);
            var footnote = labels.literal(source, GKG.footnoteNumber);
            if (section.isEmpty() && footnote.isEmpty()) continue;
            if (!html.isEmpty()) html.append(" ");
            html.append("<a href=\"").append(Html.attr(Labels.href(source))).append("\">")
                    .append(section.map(s -> "§" + s).orElseGet(() -> "fn " + footnote.get())).append("</a>");
        }
        quote.ifPresent(q -> html.append("<details><summary>quote</summary><span lang=\"zh\">").append(Html.text(q))
                .append("</span></details>"));
        return html.toString();
    }
}
