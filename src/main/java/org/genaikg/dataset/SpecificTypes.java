package org.genaikg.dataset;

import org.apache.jena.vocabulary.RDFS;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The classes a page names a resource by: its most specific ones. The graph states every superclass of a resource's
 * classes as well (a release is a gkg:Event and a schema:Event too), which a query wants and a reader does not; a
 * type is left out when another of the resource's types is its subclass. The hierarchy is closed in the graph, so one
 * {@code rdfs:subClassOf} step decides.
 */
public final class SpecificTypes {
    private SpecificTypes() {}

    public static List<Node> of(Graph graph, Collection<Node> types) {
        return types.stream()
                .filter(t -> types.stream().noneMatch(narrower -> !narrower.equals(t)
                        && graph.contains(narrower, RDFS.Nodes.subClassOf, t)))
                .distinct()
                .sorted(Comparator.comparing(Node::toString))
                .toList();
    }
}
