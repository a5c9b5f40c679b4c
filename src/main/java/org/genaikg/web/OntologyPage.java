package org.genaikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * The ontology's page: its header, then one anchored block per class and property (the term's IRI
 * {@code …/ontology#Term} lands on it), named and explained in both languages, with its super-classes, domain and
 * range, and for a class its instances.
 */
final class OntologyPage {
    static final int MAX_INSTANCES_SHOWN = 50;
    private static final List<Node> TERM_FACTS = List.of(
            NodeFactory.createURI(Namespaces.RDFS + "subClassOf"), Std.RDFS_SUBPROPERTY_OF,
            NodeFactory.createURI(Namespaces.RDFS + "domain"), Std.RDFS_RANGE,
            NodeFactory.createURI(Namespaces.SCHEMA + "domainIncludes"),
            NodeFactory.createURI(Namespaces.SCHEMA + "rangeIncludes"),
            NodeFactory.createURI(Namespaces.OWL + "disjointWith"),
            NodeFactory.createURI(Namespaces.RDFS + "seeAlso"));

    private final LabelIndex labels;
    private final TermWords words;
    private final ValueView values;

    OntologyPage(LabelIndex labels, TermWords words, Links links) {
        this.labels = labels;
        this.words = words;
        this.values = new ValueView(labels, links);
    }

    String render(Graph graph) {
        Markup m = new Markup();
        Bilingual name = labels.label(OntologyTerms.ONTOLOGY);
        m.tag("<h1>");
        values.name(m, name, "genai-kg ontology");
        m.tag("</h1>\n<p class=\"iri\">").text(Namespaces.ONTOLOGY).tag("</p>\n");
        for (Triple t : graph.find(OntologyTerms.ONTOLOGY, Std.DCT_DESCRIPTION, Node.ANY).toList()) {
            m.tag("<p>").lang("span", t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()).tag("</p>\n");
        }
        m.tag("<p class=\"actions\">下载 Download: ").link("/ontology.ttl", "Turtle").link("/ontology.jsonld", "JSON-LD")
                .link("/ontology.nt", "N-Triples").link("/ontology.rdf", "RDF/XML").tag("</p>\n");
        List<Node> classes = new ArrayList<>();
        List<Node> properties = new ArrayList<>();
        for (Node subject : graph.find().mapWith(Triple::getSubject).toSet()) {
            if (!OntologyTerms.inOntology(subject) || subject.equals(OntologyTerms.ONTOLOGY)) continue;
            if (OntologyTerms.isClass(labels, subject)) classes.add(subject);
            else if (OntologyTerms.isDeclaredTerm(labels, subject)) properties.add(subject);
        }
        Comparator<Node> order = Comparator.comparing((Node n) -> !n.getURI().startsWith(Namespaces.GKG))
                .thenComparing(Links::anchor);
        classes.sort(order);
        properties.sort(order);
        contents(m, classes, properties);
        m.tag("<h2 id=\"classes\">类 <span class=\"en\">Classes</span></h2>\n");
        for (Node c : classes) term(m, c, graph, true);
        m.tag("<h2 id=\"properties\">属性 <span class=\"en\">Properties</span></h2>\n");
        for (Node p : properties) term(m, p, graph, false);
        return BrowseStyle.page(name.both("genai-kg ontology"), m);
    }

    private void contents(Markup m, List<Node> classes, List<Node> properties) {
        m.tag("<nav class=\"contents\"><p>类 Classes: ");
        for (Node c : classes) m.link("#" + Links.anchor(c), words.label(c).first(Links.anchor(c))).tag(" ");
        m.tag("</p><p>属性 Properties: ");
        for (Node p : properties) m.link("#" + Links.anchor(p), words.label(p).first(Links.anchor(p))).tag(" ");
        m.tag("</p></nav>\n");
    }

    private void term(Markup m, Node term, Graph graph, boolean isClass) {
        m.tag("<section class=\"term\" id=\"").attr(Links.anchor(term)).tag("\"><h3>");
        values.name(m, words.label(term), TermWords.shortName(term));
        m.tag("</h3>\n<p class=\"iri\">").text(term.getURI()).tag("</p>\n");
        for (Triple t : graph.find(term, Std.RDFS_COMMENT, Node.ANY).toList()) {
            m.tag("<p>").lang("span", t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm()).tag("</p>\n");
        }
        m.tag("<table class=\"facts\">");
        for (Node p : TERM_FACTS) {
            List<Node> objects = graph.find(term, p, Node.ANY).mapWith(Triple::getObject).toList();
            if (objects.isEmpty()) continue;
            m.tag("<tr><th>");
            values.name(m, words.label(p), TermWords.shortName(p));
            m.tag("</th><td>");
            for (int i = 0; i < objects.size(); i++) {
                if (i > 0) m.tag(", ");
                values.value(m, p, objects.get(i), Map.of());
            }
            m.tag("</td></tr>");
        }
        m.tag("</table>\n");
        if (isClass) instances(m, term, graph);
        m.tag("</section>\n");
    }

    private void instances(Markup m, Node c, Graph graph) {
        List<Node> instances = graph.find(Node.ANY, Std.RDF_TYPE, c).mapWith(Triple::getSubject).toList();
        if (instances.isEmpty()) return;
        List<Node> sorted = new ArrayList<>(instances);
        sorted.sort(Comparator.comparing(n -> labels.label(n).both(n.toString())));
        m.tag("<p>实例 Instances <span class=\"count\">(").text(Integer.toString(sorted.size())).tag(")</span>: ");
        for (Node n : sorted.subList(0, Math.min(MAX_INSTANCES_SHOWN, sorted.size()))) {
            values.resource(m, n);
            m.tag(" · ");
        }
        if (sorted.size() > MAX_INSTANCES_SHOWN) {
            m.link(Links.editor("SELECT ?instance ?label WHERE { ?instance a <" + c.getURI() + "> OPTIONAL { ?instance <"
                    + Namespaces.RDFS + "label> ?label } } ORDER BY ?instance"), "全部 all " + sorted.size()
                    + " in the query editor");
        }
        m.tag("</p>\n");
    }
}
