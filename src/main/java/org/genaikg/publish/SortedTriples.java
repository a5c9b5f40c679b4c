package org.genaikg.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * The triples of a graph in one fixed order — by subject, predicate and object; IRIs by their text, before
 * literals, which go by lexical form, language and datatype — so that every dump lists them the same way on every
 * run. The graph has no blank nodes, whose labels would differ from run to run.
 */
final class SortedTriples {
    private SortedTriples() {}

    private static final Comparator<Triple> ORDER = Comparator.comparing(Triple::getSubject, SortedTriples::compare)
            .thenComparing(Triple::getPredicate, SortedTriples::compare)
            .thenComparing(Triple::getObject, SortedTriples::compare);

    static List<Triple> of(Graph graph) {
        List<Triple> triples = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalStateException("The graph has a blank node; genai-kg names every node: " + t);
            }
            triples.add(t);
        });
        // a total order on distinct triples, so the parallel sort gives the one result
        Triple[] sorted = triples.toArray(Triple[]::new);
        Arrays.parallelSort(sorted, ORDER);
        return Arrays.asList(sorted);
    }

    static int compare(Node a, Node b) {
        if (a == b) return 0;
        if (a.isURI() != b.isURI()) return a.isURI() ? -1 : 1;
        if (a.isURI()) return a.getURI().compareTo(b.getURI());
        int c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (c != 0) return c;
        c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        if (c != 0) return c;
        return a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
    }
}
