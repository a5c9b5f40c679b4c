package org.genaikg.web.page;

import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.RDFS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.dataset.Bilingual;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.OntologyTerms;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.Namespaces;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.HtmlWriter;
import org.genaikg.web.html.Layout;
import org.genaikg.web.html.Url;

/**
 * The ontology's page: its header, then one anchored block per class and property (the term's IRI
 * {@code …/ontology#Term} lands on it), named and explained in both languages, with its super-classes, domain and
 * range, and for a class its instances.
 */
final class OntologyPage {
    static final int MAX_INSTANCES_SHOWN = 50;
    private static final List<Node> TERM_FACTS = List.of(RDF.Nodes.type, SKOS.inScheme.asNode(),
            SKOS.hasTopConcept.asNode(), SKOS.broader.asNode(), SKOS.notation.asNode(),
            RDFS.Nodes.subClassOf, RDFS.Nodes.subPropertyOf, RDFS.Nodes.domain, RDFS.Nodes.range,
            SchemaDO.domainIncludes.asNode(), SchemaDO.rangeIncludes.asNode(), OWL.disjointWith.asNode(),
            RDFS.Nodes.seeAlso);

    private final LabelIndex labels;
    private final TermWords words;
    private final ValueView values;
    private final Layout layout;

    OntologyPage(LabelIndex labels, TermWords words, Links links, Layout layout) {
        this.labels = labels;
        this.words = words;
        this.values = new ValueView(labels, links);
        this.layout = layout;
    }

    Html render(Graph graph) {
        HtmlWriter m = new HtmlWriter();
        Bilingual name = labels.label(OntologyTerms.ONTOLOGY);
        m.open("h1");
        ValueView.name(m, name, "genai-kg ontology");
        m.close("h1").newline().element("p", Namespaces.ONTOLOGY, "class", "iri").newline();
        for (Triple t : graph.find(OntologyTerms.ONTOLOGY, DCTerms.description.asNode(), Node.ANY).toList()) {
            m.open("p").lang(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()).close("p").newline();
        }
        m.open("p", "class", "actions").text("下载 Download: ");
        for (DocumentFormat f : DocumentFormat.rdfFormats()) m.link(Url.local(Links.ONTOLOGY_PATH + f.suffix()), f.label());
        m.close("p").newline();
        List<Node> classes = new ArrayList<>();
        List<Node> properties = new ArrayList<>();
        List<Node> individuals = new ArrayList<>();
        for (Node subject : graph.find().mapWith(Triple::getSubject).toSet()) {
            if (!OntologyTerms.inOntology(subject) || subject.equals(OntologyTerms.ONTOLOGY)) continue;
            if (OntologyTerms.isClass(labels, subject)) classes.add(subject);
            else if (OntologyTerms.isDeclaredTerm(labels, subject)) properties.add(subject);
            else if (subject.getURI().startsWith(Namespaces.GKG)) individuals.add(subject);
        }
        Comparator<Node> order = Comparator.comparing((Node n) -> !n.getURI().startsWith(Namespaces.GKG))
                .thenComparing(Links::anchor);
        classes.sort(order);
        properties.sort(order);
        individuals.sort(order);
        contents(m, classes, properties, individuals);
        m.open("h2", "id", "classes").text("类 ").element("span", "Classes", "class", "en").close("h2").newline();
        for (Node c : classes) term(m, c, graph, true);
        m.open("h2", "id", "properties").text("属性 ").element("span", "Properties", "class", "en").close("h2").newline();
        for (Node p : properties) term(m, p, graph, false);
        m.open("h2", "id", "values").text("取值 ").element("span", "Values: schemes and their members", "class", "en")
                .close("h2").newline();
        for (Node v : individuals) term(m, v, graph, false);
        return layout.page(name.both("genai-kg ontology"), BrowseStyle.HEAD, m.toHtml());
    }

    private void contents(HtmlWriter m, List<Node> classes, List<Node> properties, List<Node> individuals) {
        m.open("nav", "class", "contents").open("p").text("类 Classes: ");
        for (Node c : classes) m.link(Url.fragment(Links.anchor(c)), words.label(c).first(Links.anchor(c))).text(" ");
        m.close("p").open("p").text("属性 Properties: ");
        for (Node p : properties) m.link(Url.fragment(Links.anchor(p)), words.label(p).first(Links.anchor(p))).text(" ");
        m.close("p").open("p").text("取值 Values: ");
        for (Node v : individuals) m.link(Url.fragment(Links.anchor(v)), words.label(v).first(Links.anchor(v))).text(" ");
        m.close("p").close("nav").newline();
    }

    private void term(HtmlWriter m, Node term, Graph graph, boolean isClass) {
        m.open("section", "class", "term", "id", Links.anchor(term)).open("h3");
        ValueView.name(m, words.label(term), TermWords.shortName(term));
        m.close("h3").newline().element("p", term.getURI(), "class", "iri").newline();
        for (Triple t : graph.find(term, RDFS.Nodes.comment, Node.ANY).toList()) {
            m.open("p").lang(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()).close("p").newline();
        }
        m.open("table", "class", "facts");
        for (Node p : TERM_FACTS) {
            List<Node> objects = graph.find(term, p, Node.ANY).mapWith(Triple::getObject).toList();
            if (objects.isEmpty()) continue;
            m.open("tr").open("th");
            ValueView.name(m, words.label(p), TermWords.shortName(p));
            m.close("th").open("td");
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) m.text(", ");
                values.value(m, p, objects.get(i), Map.of());
            }
            m.close("td").close("tr");
        }
        m.close("table").newline();
        if (isClass) instances(m, term, graph);
        m.close("section").newline();
    }

    private void instances(HtmlWriter m, Node c, Graph graph) {
        List<Node> instances = graph.find(Node.ANY, RDF.Nodes.type, c).mapWith(Triple::getSubject).toList();
        if (instances.isEmpty()) return;
        List<Node> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparing(n -> labels.label(n).both(n.toString())));
        m.open("p").text("实例 Instances ").element("span", "(" + sorted.size() + ")", "class", "count").text(": ");
        for (Node n : sorted.subList(0, Math.min(MAX_INSTANCES_SHOWN, sorted.size()))) {
            values.resource(m, n);
            m.text(" · ");
        }
        if (sorted.size() > MAX_INSTANCES_SHOWN) {
            m.link(Layout.editor("SELECT ?instance ?label WHERE { ?instance a <" + c.getURI() + "> OPTIONAL { ?instance <"
                    + Namespaces.RDFS + "label> ?label } } ORDER BY ?instance"), "全部 all " + sorted.size()
                    + " in the query editor");
        }
        m.close("p").newline();
    }
}
