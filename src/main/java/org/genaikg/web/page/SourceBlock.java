package org.genaikg.web.page;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.dataset.GraphReader;
import org.genaikg.dataset.ResourceDescription;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Std;
import org.genaikg.web.html.HtmlWriter;

/**
 * Where a fact comes from, the one way every page shows it: the report and its sections, each footnote with its
 * publisher, date, address and text, and the report's own words; in a table cell, the section and footnote
 * numbers with the quote folded away.
 */
public final class SourceBlock {
    private final ValueView values;

    public SourceBlock(ValueView values) {
        this.values = values;
    }

    /** The sources of a resource, under a heading; nothing when it cites none. */
    public void full(HtmlWriter w, ResourceDescription d) {
        List<Node> sections = new ArrayList<>();
        List<Node> footnotes = new ArrayList<>();
        List<Node> reports = new ArrayList<>();
        List<Node> quotes = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(GKG.quote)) quotes.add(o);
            else if (p.equals(DCTerms.source.asNode())) reports.add(o);
            else if (p.equals(Std.PROV_WAS_DERIVED_FROM)) {
                if (values.labels().types(o).contains(GKG.Footnote)) footnotes.add(o);
                else sections.add(o);
            }
        }
        if (sections.isEmpty() && footnotes.isEmpty() && reports.isEmpty() && quotes.isEmpty()) return;
        w.open("h2").text("出处 ").element("span", "Sources", "class", "en").close("h2").newline()
                .open("div", "class", "sources").newline();
        if (!reports.isEmpty() || !sections.isEmpty()) {
            w.open("p", "class", "source").text("报告 Report: ");
            for (Node report : reports) values.resource(w, report);
            if (!sections.isEmpty()) w.text(" — 章节 Section ");
            for (int i = 0; i < sections.size(); i++) {
                if (i > 0) w.text(", ");
                values.resource(w, sections.get(i));
            }
            w.close("p").newline();
        }
        Map<Node, Map<Node, List<Node>>> sourceFacts = new HashMap<>();
        for (Triple t : d.sources()) {
            sourceFacts.computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        for (Node footnote : footnotes) footnote(w, footnote, sourceFacts.getOrDefault(footnote, Map.of()));
        for (Node quote : quotes) {
            w.open("blockquote").lang("q", quote.getLiteralLanguage(), quote.getLiteralLexicalForm()).close("blockquote")
                    .newline();
        }
        w.close("div").newline();
    }

    private void footnote(HtmlWriter w, Node footnote, Map<Node, List<Node>> facts) {
        w.open("div", "class", "source footnote");
        values.resource(w, footnote);
        for (Node publisher : facts.getOrDefault(DCTerms.publisher.asNode(), List.of())) {
            w.text(" · 发布者 publisher ");
            values.value(w, DCTerms.publisher.asNode(), publisher, Map.of());
        }
        for (Node issued : facts.getOrDefault(DCTerms.issued.asNode(), List.of())) {
            w.text(" · 日期 date ");
            values.value(w, DCTerms.issued.asNode(), issued, Map.of());
        }
        for (Node url : facts.getOrDefault(SchemaDO.url.asNode(), List.of())) {
            w.text(" · ");
            values.value(w, SchemaDO.url.asNode(), url, Map.of());
        }
        for (Node text : facts.getOrDefault(GKG.text, List.of())) {
            w.open("div", "class", "detail");
            values.value(w, GKG.text, text, Map.of());
            w.close("div");
        }
        w.close("div").newline();
    }

    /** A short cell: section and footnote numbers, each linking to its page, with the quote folded away. */
    public void brief(HtmlWriter w, GraphReader read, List<Node> sources, Optional<String> quote) {
        boolean first = true;
        for (Node source : sources) {
            Optional<String> section = read.literal(source, GKG.sectionNumber);
            Optional<String> footnote = read.literal(source, GKG.footnoteNumber);
            if (section.isEmpty() && footnote.isEmpty()) continue;
            if (!first) w.text(" ");
            first = false;
            values.resource(w, source, section.map(s -> "§" + s).orElseGet(() -> "fn " + footnote.get()));
        }
        quote.ifPresent(q -> w.open("details").element("summary", "quote").lang("zh", q).close("details"));
    }
}
