package org.genaikg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Std;

/**
 * Reads what a page shows of a resource from the served graph: its Chinese and English labels, the link to its
 * page on this server, and single values. Callers hold the dataset's read transaction.
 */
final class Labels {
    private final Graph graph;

    Labels(Graph graph) {
        this.graph = graph;
    }

    Graph graph() {
        return graph;
    }

    /** The {@code @zh} label, else any label, else the IRI's last segment. */
    String zh(Node node) {
        return label(node, "zh").or(() -> label(node, "")).orElseGet(() -> localName(node));
    }

    /** The English label ({@code @en} or the marked translation {@code @en-t-zh}), if there is one. */
    Optional<String> en(Node node) {
        return label(node, "en");
    }

    /** Both labels as HTML: the Chinese one marked {@code lang="zh"}, then the English one when it differs. */
    String both(Node node) {
        String zh = zh(node);
        String en = en(node).orElse("");
        String html = Html.lang("zh", zh);
        return en.isEmpty() || en.equals(zh) ? html : html + " <span class=\"en\">" + Html.text(en) + "</span>";
    }

    /** A link to the node's page on this server, labelled in both languages. */
    String link(Node node) {
        return "<a href=\"" + Html.attr(href(node)) + "\">" + both(node) + "</a>";
    }

    /** The node's page on this server ({@code https://w3id.org/genai-kg/x} is served at {@code /x}). */
    static String href(Node node) {
        String iri = node.getURI();
        return iri.startsWith(Namespaces.BASE) ? "/" + iri.substring(Namespaces.BASE.length()) : iri;
    }

    Optional<Node> object(Node subject, Node property) {
        var it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    List<Node> objects(Node subject, Node property) {
        List<Node> result = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> result.add(t.getObject()));
        return result;
    }

    List<Node> subjects(Node property, Node object) {
        List<Node> result = new ArrayList<>();
        graph.find(Node.ANY, property, object).forEachRemaining(t -> result.add(t.getSubject()));
        return result;
    }

    Optional<String> literal(Node subject, Node property) {
        return object(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** The first of the resource's most specific classes (see {@link SpecificTypes}). */
    Optional<Node> specificType(Node node) {
        return SpecificTypes.of(graph, objects(node, Std.RDF_TYPE)).stream().findFirst();
    }

    /** The most specific type's labels as HTML, from the ontology in the served graph. */
    String type(Node node) {
        List<Node> types = SpecificTypes.of(graph, objects(node, Std.RDF_TYPE));
        return types.isEmpty() ? "" : both(types.get(0));
    }

    private Optional<String> label(Node node, String lang) {
        if (!node.isURI()) return Optional.empty();
        for (Node property : List.of(Std.RDFS_LABEL, Std.SKOS_PREF_LABEL)) {
            var it = graph.find(node, property, Node.ANY);
            try {
                while (it.hasNext()) {
                    Triple t = it.next();
                    if (!t.getObject().isLiteral()) continue;
                    String tag = t.getObject().getLiteralLanguage();
                    if (lang.isEmpty() || tag.equals(lang) || tag.startsWith(lang + "-")) {
                        return Optional.of(t.getObject().getLiteralLexicalForm());
                    }
                }
            } finally {
                it.close();
            }
        }
        return Optional.empty();
    }

    static String localName(Node node) {
        if (!node.isURI()) return node.toString();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
