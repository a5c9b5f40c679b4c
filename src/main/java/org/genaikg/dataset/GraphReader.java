package org.genaikg.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.util.iterator.ExtendedIterator;

/** Single look-ups in the served graph, for a page being written; the caller holds the dataset's read transaction. */
public final class GraphReader {
    private final Graph graph;

    public GraphReader(Graph graph) {
        this.graph = graph;
    }

    public Graph graph() {
        return graph;
    }

    public Optional<Node> object(Node subject, Node property) {
        ExtendedIterator<org.apache.jena.graph.Triple> it = graph.find(subject, property, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }

    public List<Node> objects(Node subject, Node property) {
        List<Node> result = new ArrayList<>();
        graph.find(subject, property, Node.ANY).forEachRemaining(t -> result.add(t.getObject()));
        return result;
    }

    public List<Node> subjects(Node property, Node object) {
        List<Node> result = new ArrayList<>();
        graph.find(Node.ANY, property, object).forEachRemaining(t -> result.add(t.getSubject()));
        return result;
    }

    /** The lexical form of the first literal value of {@code property}. */
    public Optional<String> literal(Node subject, Node property) {
        return object(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }

    /** The last segment of an IRI (after {@code /} or {@code #}). */
    public static String localName(Node node) {
        if (!node.isURI()) return node.toString();
        String iri = node.getURI();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }
}
