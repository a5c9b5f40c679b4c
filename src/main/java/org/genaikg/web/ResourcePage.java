package org.genaikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * The HTML page of one resource: its names and types, its facts with every property named in both languages,
 * its sources (report sections, footnotes with publisher, date and address, verbatim quotes), a data set's
 * observations as a table, and the links that point at it, grouped by property in plain words.
 */
final class ResourcePage {
    /** Incoming links shown per property; the rest are one query away. */
    static final int MAX_INCOMING_SHOWN = 200;
    private static final Set<Node> NOT_IN_FACTS = Set.of(Std.RDF_TYPE, Std.RDFS_LABEL, Std.SKOS_PREF_LABEL,
            Std.PROV_WAS_DERIVED_FROM, Std.DCT_SOURCE, GKG.quote);

    private final LabelIndex labels;
    private final TermWords words;
    private final Links links;
    private final ValueView values;
    private final ObservationTable observations;

    ResourcePage(LabelIndex labels, TermWords words, Links links) {
        this.labels = labels;
        this.words = words;
        this.links = links;
        this.values = new ValueView(labels, links);
        this.observations = new ObservationTable(words, values);
    }

    /** The page of {@code d}; {@code graph} is read for a data set's observations (within the caller's read). */
    String render(ResourceDescription d, Graph graph, String path) {
        Node r = d.resource();
        Bilingual name = labels.label(r);
        String fallback = TermWords.shortName(r);
        Markup m = new Markup();
        m.tag("<h1>");
        values.name(m, name, fallback);
        m.tag("</h1>\n");
        if (name.enTranslated()) m.tag("<p class=\"detail\">英文名称为译名 The English name is a translation of the Chinese one.</p>\n");
        m.tag("<p class=\"iri\">").text(r.getURI()).tag("</p>\n");
        types(m, r);
        actions(m, r, path);
        facts(m, d);
        sources(m, d);
        if (labels.types(r).contains(Std.QB_DATA_SET)) {
            String dataSets = Namespaces.RES + "dataset/";
            if (r.getURI().startsWith(dataSets)) {
                m.tag("<p class=\"actions\">").link("/statistics/" + r.getURI().substring(dataSets.length()),
                        "图表 Chart").tag("</p>\n");
            }
            observations.render(m, r, graph);
        }
        incoming(m, d, r);
        return BrowseStyle.page(name.both(fallback), m);
    }

    private void types(Markup m, Node r) {
        List<Node> types = labels.types(r);
        if (types.isEmpty()) return;
        m.tag("<p class=\"types\">类型 Type: ");
        for (Node t : types) values.resource(m, t, words.label(t).both(TermWords.shortName(t)));
        m.tag("</p>\n");
    }

    private void actions(Markup m, Node r, String path) {
        String iri = "<" + r.getURI() + ">";
        String neighbourhood = "SELECT ?direction ?property ?other ?label WHERE {\n"
                + "  { " + iri + " ?property ?other BIND(\"out\" AS ?direction) }\n"
                + "  UNION { ?other ?property " + iri + " BIND(\"in\" AS ?direction) }\n"
                + "  OPTIONAL { ?other <" + Namespaces.RDFS + "label> ?label }\n} ORDER BY ?direction ?property ?other";
        m.tag("<p class=\"actions\">")
                .link(Links.editor("DESCRIBE " + iri), "在查询编辑器中打开 Open in the query editor (DESCRIBE)")
                .link(Links.editor(neighbourhood), "邻接查询 Neighbourhood query")
                .tag("</p>\n<p class=\"actions\">下载 Download: ")
                .link(path + ".ttl", "Turtle").link(path + ".jsonld", "JSON-LD")
                .link(path + ".nt", "N-Triples").link(path + ".rdf", "RDF/XML").tag("</p>\n");
    }

    private void facts(Markup m, ResourceDescription d) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        Map<Node, Node> dateKeys = new HashMap<>();
        for (Triple t : d.outgoing()) {
            Node p = t.getPredicate();
            if (ValueView.isDateKey(p)) dateKeys.put(p, t.getObject());
            // a key is shown beside its date; a key without its date (none today) still gets a row
            if (NOT_IN_FACTS.contains(p)) continue;
            byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        }
        byProperty.keySet().removeIf(p -> ValueView.isDateKey(p) && hasDateFor(p, byProperty));
        if (byProperty.isEmpty()) return;
        m.tag("<h2>事实 <span class=\"en\">Facts</span></h2>\n<table class=\"facts\">\n");
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparing(p -> words.label(p).both(TermWords.shortName(p))));
        for (Node p : properties) {
            m.tag("<tr><th>");
            Bilingual label = words.label(p);
            String href = links.page(p);
            if (href != null) m.tag("<a href=\"").attr(href).tag("\">");
            values.name(m, label, TermWords.shortName(p));
            if (href != null) m.tag("</a>");
            m.tag("</th><td><ul class=\"values\">");
            for (Node v : byProperty.get(p)) {
                m.tag("<li>");
                values.value(m, p, v, dateKeys);
                m.tag("</li>");
            }
            m.tag("</ul></td></tr>\n");
        }
        m.tag("</table>\n");
    }

    private static boolean hasDateFor(Node key, Map<Node, List<Node>> byProperty) {
        return byProperty.keySet().stream().anyMatch(p -> ValueView.dateKeys(p).contains(key));
    }

    private void sources(Markup m, ResourceDescription d) {
        List<Node> sections = new ArrayList<>();
        List<Node> footnotes = new ArrayList<>();
        List<Node> reports = new ArrayList<>();
        List<Node> quotes = new ArrayList<>();
        for (Triple t : d.outgoing()) {
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (p.equals(GKG.quote)) quotes.add(o);
            else if (p.equals(Std.DCT_SOURCE)) reports.add(o);
            else if (p.equals(Std.PROV_WAS_DERIVED_FROM)) {
                if (labels.types(o).contains(GKG.Footnote)) footnotes.add(o);
                else sections.add(o);
            }
        }
        if (sections.isEmpty() && footnotes.isEmpty() && reports.isEmpty() && quotes.isEmpty()) return;
        m.tag("<h2>出处 <span class=\"en\">Sources</span></h2>\n<div class=\"sources\">\n");
        if (!reports.isEmpty() || !sections.isEmpty()) {
            m.tag("<p class=\"source\">报告 Report: ");
            for (Node report : reports) values.resource(m, report);
            if (!sections.isEmpty()) m.tag(" — 章节 Section ");
            for (int i = 0; i < sections.size(); i++) {
                if (i > 0) m.tag(", ");
                values.resource(m, sections.get(i));
            }
            m.tag("</p>\n");
        }
        Map<Node, Map<Node, List<Node>>> sourceFacts = new HashMap<>();
        for (Triple t : d.sources()) {
            sourceFacts.computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        }
        for (Node footnote : footnotes) footnote(m, footnote, sourceFacts.getOrDefault(footnote, Map.of()));
        for (Node quote : quotes) {
            m.tag("<blockquote>");
            m.lang("q", quote.getLiteralLanguage(), quote.getLiteralLexicalForm());
            m.tag("</blockquote>\n");
        }
        m.tag("</div>\n");
    }

    private void footnote(Markup m, Node footnote, Map<Node, List<Node>> facts) {
        m.tag("<div class=\"source footnote\">");
        values.resource(m, footnote);
        for (Node publisher : facts.getOrDefault(Std.DCT_PUBLISHER, List.of())) {
            m.tag(" · 发布者 publisher ");
            values.value(m, Std.DCT_PUBLISHER, publisher, Map.of());
        }
        for (Node issued : facts.getOrDefault(Std.DCT_ISSUED, List.of())) {
            m.tag(" · 日期 date ");
            values.value(m, Std.DCT_ISSUED, issued, Map.of());
        }
        for (Node url : facts.getOrDefault(Std.SCHEMA_URL, List.of())) {
            m.tag(" · ");
            values.value(m, Std.SCHEMA_URL, url, Map.of());
        }
        for (Node text : facts.getOrDefault(GKG.text, List.of())) {
            m.tag("<div class=\"detail\">");
            values.value(m, GKG.text, text, Map.of());
            m.tag("</div>");
        }
        m.tag("</div>\n");
    }

    private void incoming(Markup m, ResourceDescription d, Node r) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        boolean dataSet = labels.types(r).contains(Std.QB_DATA_SET);
        for (Triple t : d.incoming()) {
            if (dataSet && t.getPredicate().equals(Std.QB_DATA_SET_PROP)) continue;
            byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        if (byProperty.isEmpty()) return;
        m.tag("<h2>指向此处的链接 <span class=\"en\">Links to this resource</span></h2>\n");
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        properties.sort(Comparator.comparing(p -> words.incoming(p).both("")));
        for (Node p : properties) {
            List<Node> subjects = byProperty.get(p);
            subjects.sort(Comparator.comparing(s -> labels.label(s).both(s.toString())));
            m.tag("<h3 class=\"heading\">");
            values.name(m, words.incoming(p), "");
            m.tag(" <span class=\"count\">(").text(Integer.toString(subjects.size())).tag(")</span></h3>\n<ul>\n");
            for (Node s : subjects.subList(0, Math.min(MAX_INCOMING_SHOWN, subjects.size()))) {
                m.tag("<li>");
                values.resource(m, s);
                for (Node type : labels.types(s)) {
                    m.tag(" <span class=\"type\">").text(words.label(type).both(TermWords.shortName(type))).tag("</span>");
                }
                m.tag("</li>\n");
            }
            if (subjects.size() > MAX_INCOMING_SHOWN) {
                String query = "SELECT ?s ?label WHERE { ?s <" + p.getURI() + "> <" + r.getURI() + "> "
                        + "OPTIONAL { ?s <" + Namespaces.RDFS + "label> ?label } } ORDER BY ?s";
                m.tag("<li>").link(Links.editor(query), "… 另有 " + (subjects.size() - MAX_INCOMING_SHOWN)
                        + " 项 — all " + subjects.size() + " in the query editor").tag("</li>\n");
            }
            m.tag("</ul>\n");
        }
    }
}
