package org.genaikg.map;

import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The graph of the tables' facts, and for each subject the table row it came from. */
public record MappedGraph(Graph graph, Map<Node, String> origins) {
    public MappedGraph {
        origins = Map.copyOf(origins);
    }

    public String originOf(Node node) {
        return origins.get(node);
    }
}
