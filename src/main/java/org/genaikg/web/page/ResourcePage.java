package org.genaikg.web.page;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
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
import java.util.Optional;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.GraphReader;
import org.genaikg.vocab.Kind;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.ResourceDescription;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Url;

/**
 * The HTML page of one resource: its names and types, its facts with every property named in both languages,
 * its sources (report sections, footnotes with publisher, date and address, verbatim quotes), a data set's
 * observations as a table, and the links that point at it, grouped by property in plain words.
 */
final class ResourcePage {
    /** Incoming links shown per property; the rest are one query away. */
    static final int MAX_INCOMING_SHOWN = 200;
    /** Incoming links listed open per property; the rest are folded under a summary. */
    static final int UNFOLDED = 10;
    private static final Set<Node> NOT_IN_FACTS = Set.of(RDF.Nodes.type, RDFS.Nodes.label, SKOS.prefLabel.asNode(),
            Std.PROV_WAS_DERIVED_FROM, DCTerms.source.asNode(), GKG.quote);

    private final LabelIndex labels;
    private final TermWords words;
    private final Links links;
    private final ValueView values;
    private final ObservationTable observations;
    private final SourceBlock sources;
    private final Layout layout;

    ResourcePage(LabelIndex labels, TermWords words, Links links, Layout layout) {
        this.labels = labels;
        this.words = words;
        this.links = links;
        this.values = new ValueView(labels, links);
        this.observations = new ObservationTable(words, values);
        this.sources = new SourceBlock(values);
        this.layout = layout;
    }

    /** The page of {@code d}; {@code graph} is read for a data set's observations (within the caller's read). */
    Html render(ResourceDescription d, Graph graph, String path) {
        Node r = d.resource();
        Bilingual name = labels.label(r);
        String fallback = TermWords.shortName(r);
        HtmlWriter m = new HtmlWriter();
        m.open("h1");
        ValueView.name(m, name, fallback);
        m.close("h1").newline();
        if (name.enTranslated()) {
            m.element("p", "英文名称为译名 The English name is a translation of the Chinese one.", "class", "detail").newline();
        }
        m.element("p", r.getURI(), "class", "iri").newline();
        types(m, r);
        actions(m, r, path);
        facts(m, d);
        sources.full(m, d);
        if (labels.types(r).contains(Std.QB_DATA_SET)) {
            String dataSets = Namespaces.RES + "dataset/";
            if (r.getURI().startsWith(dataSets)) {
                m.open("p", "class", "actions").link(Url.local("/statistics/" + r.getURI().substring(dataSets.length())),
                        "图表 Chart").close("p").newline();
            }
            observations.render(m, r, graph);
        }
        incoming(m, d, r, new GraphReader(graph));
        return layout.page(name.both(fallback), BrowseStyle.HEAD, m.toHtml());
    }

    private void types(HtmlWriter m, Node r) {
        List<Node> types = labels.types(r);
        if (types.isEmpty()) return;
        m.open("p", "class", "types").text("类型 Type: ");
        for (Node t : types) values.resource(m, t, words.label(t).both(TermWords.shortName(t)));
        m.close("p").newline();
    }

    private void actions(HtmlWriter m, Node r, String path) {
        String iri = "<" + r.getURI() + ">";
        String neighbourhood = "SELECT ?direction ?property ?other ?label WHERE {\n"
                + "  { " + iri + " ?property ?other BIND(\"out\" AS ?direction) }\n"
                + "  UNION { ?other ?property " + iri + " BIND(\"in\" AS ?direction) }\n"
                + "  OPTIONAL { ?other <" + Namespaces.RDFS + "label> ?label }\n} ORDER BY ?direction ?property ?other";
        m.open("p", "class", "actions")
                .link(Layout.editor("DESCRIBE " + iri), "在查询编辑器中打开 Open in the query editor (DESCRIBE)")
                .link(Layout.editor(neighbourhood), "邻接查询 Neighbourhood query")
                .close("p").newline().open("p", "class", "actions").text("下载 Download: ");
        for (DocumentFormat f : DocumentFormat.rdfFormats()) m.link(Url.local(path + f.suffix()), f.label());
        m.close("p").newline();
    }

    private void facts(HtmlWriter m, ResourceDescription d) {
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
        m.open("h2").text("事实 ").element("span", "Facts", "class", "en").close("h2").newline()
                .open("table", "class", "facts").newline();
        List<Node> properties = new ArrayList<>(byProperty.keySet());
        Comparator<Node> order = Comparator.comparingInt((Node p) -> FactOrder.rank(p, byProperty.get(p).get(0).isLiteral())[0])
                .thenComparingInt(p -> FactOrder.rank(p, byProperty.get(p).get(0).isLiteral())[1])
                .thenComparing(p -> words.label(p).both(TermWords.shortName(p)));
        properties.sort(order);
        for (Node p : properties) {
            m.open("tr").open("th");
            var href = links.page(p);
            href.ifPresent(m::openLink);
            ValueView.name(m, words.label(p), TermWords.shortName(p));
            if (href.isPresent()) m.close("a");
            m.close("th").open("td").open("ul", "class", "values");
            for (Node v : byProperty.get(p)) {
                m.open("li");
                values.value(m, p, v, dateKeys);
                m.close("li");
            }
            m.close("ul").close("td").close("tr").newline();
        }
        m.close("table").newline();
    }

    private static boolean hasDateFor(Node key, Map<Node, List<Node>> byProperty) {
        return byProperty.keySet().stream().anyMatch(p -> ValueView.dateKeys(p).contains(key));
    }

    private void incoming(HtmlWriter m, ResourceDescription d, Node r, GraphReader read) {
        Map<String, Map<Node, List<Node>>> byKind = new java.util.TreeMap<>();
        boolean dataSet = labels.types(r).contains(Std.QB_DATA_SET);
        for (Triple t : d.incoming()) {
            if (dataSet && t.getPredicate().equals(Std.QB_DATA_SET_PROP)) continue;
            byKind.computeIfAbsent(kindKey(t.getSubject()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getSubject());
        }
        if (byKind.isEmpty()) return;
        m.open("h2").text("指向此处的链接 ").element("span", "Links to this resource", "class", "en").close("h2").newline();
        byKind.forEach((key, byProperty) -> {
            Optional<Kind> kind = Kind.ofSegment(key.substring(key.indexOf(':') + 1));
            int count = byProperty.values().stream().mapToInt(List::size).sum();
            m.open("h3", "class", "heading");
            if (kind.isPresent() && kind.get().isListed()) m.lang("zh", kind.get().listZh()).text(" ")
                    .element("span", kind.get().listEn(), "class", "en", "lang", "en");
            else m.lang("zh", "其他资源").text(" ").element("span", "Other resources", "class", "en", "lang", "en");
            m.text(" ").element("span", "(" + count + ")", "class", "count").close("h3").newline();
            List<Node> properties = new ArrayList<>(byProperty.keySet());
            properties.sort(Comparator.comparing(p -> words.incoming(p).both("")));
            for (Node p : properties) incomingBy(m, r, p, byProperty.get(p), read);
        });
    }

    /** The resources that point here by {@code p}: the first ten listed, the rest folded. */
    private void incomingBy(HtmlWriter m, Node r, Node p, List<Node> subjects, GraphReader read) {
        subjects.sort(Comparator.comparing(s -> labels.label(s).both(s.toString())));
        m.open("p", "class", "via");
        ValueView.name(m, words.incoming(p), "");
        m.text(" ").element("span", "(" + subjects.size() + ")", "class", "count").close("p").newline().open("ul").newline();
        List<Node> shown = subjects.subList(0, Math.min(MAX_INCOMING_SHOWN, subjects.size()));
        for (int i = 0; i < shown.size(); i++) {
            if (i == UNFOLDED) {
                m.close("ul").newline().open("details").element("summary", "另有 " + (subjects.size() - UNFOLDED)
                        + " 项 " + (subjects.size() - UNFOLDED) + " more").open("ul").newline();
            }
            m.open("li");
            values.resource(m, shown.get(i));
            observationValue(m, shown.get(i), read);
            for (Node type : labels.types(shown.get(i))) {
                m.text(" ").element("span", words.label(type).both(TermWords.shortName(type)), "class", "type");
            }
            m.close("li").newline();
        }
        if (subjects.size() > MAX_INCOMING_SHOWN) {
            String query = "SELECT ?s ?label WHERE { ?s <" + p.getURI() + "> <" + r.getURI() + "> "
                    + "OPTIONAL { ?s <" + Namespaces.RDFS + "label> ?label } } ORDER BY ?s";
            m.open("li").link(Layout.editor(query), "… 另有 " + (subjects.size() - MAX_INCOMING_SHOWN)
                    + " 项 — all " + subjects.size() + " in the query editor").close("li").newline();
        }
        m.close("ul").newline();
        if (shown.size() > UNFOLDED) m.close("details").newline();
    }

    /** An observation in a list says its value and unit, as the report states them. */
    private void observationValue(HtmlWriter m, Node subject, GraphReader read) {
        if (!subject.isURI() || !subject.getURI().startsWith(Kind.OBSERVATION.namespace())) return;
        Optional<String> value = read.literal(subject, Std.SDMX_OBS_VALUE);
        if (value.isEmpty()) return;
        String qualifier = read.object(subject, GKG.qualifier).map(ValueView::qualifierMark)
                .orElse("");
        String unit = read.object(subject, Std.SDMX_UNIT_MEASURE)
                .flatMap(u -> read.literal(u, GKG.symbol).or(() -> Optional.ofNullable(labels.label(u).first(null))))
                .orElse("");
        m.text(" = ").element("span", qualifier + value.get() + (unit.isEmpty() ? "" : " " + unit), "class", "value");
    }

    /** Resources of the graph's scheme by kind, in the kinds' declared order; any other IRI last. */
    private static String kindKey(Node subject) {
        Optional<Kind> kind = subject.isURI() ? Kind.of(subject.getURI()) : Optional.empty();
        return kind.map(k -> String.format("%02d:%s", k.ordinal(), k.segment())).orElse("99:other");
    }
}
