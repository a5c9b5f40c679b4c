package org.genaikg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The triples of a graph in one fixed order — by subject, predicate and object, each compared in its N-Triples
 * form — so that every dump lists them the same way on every run. The graph has no blank nodes, whose labels
 * would differ from run to run.
 */
final class SortedTriples {
    private SortedTriples() {}

    static List<Triple> of(Graph graph) {
        Map<Node, String> keys = new HashMap<>();
        List<Triple> triples = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank() || t.getObject().isBlank()) {
                throw new IllegalStateException("The graph has a blank node; genai-kg names every node: " + t);
            }
            triples.add(t);
        });
        Comparator<Node> byForm = Comparator.comparing(n -> keys.computeIfAbsent(n, NodeFmtLib::strNT));
        triples.sort(Comparator.comparing(Triple::getSubject, byForm)
                .thenComparing(Triple::getPredicate, byForm)
                .thenComparing(Triple::getObject, byForm));
        return triples;
    }
}
