package org.genaikg.publish;

import org.apache.jena.vocabulary.RDF;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.genaikg.vocab.Namespaces;

/** Counts for the VoID description, in one pass over the graph. */
public record GraphStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
                              Map<Node, Long> classes, Map<Node, Long> properties, List<Node> examples) {

    /** One example per kind, the first in IRI order, so that the description is stable. */
    private static final List<String> EXAMPLE_KINDS = List.of("policy/", "model/", "organization/", "event/", "observation/");

    public static GraphStatistics of(Graph graph) {
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> entities = new HashSet<>();
        Map<Node, Long> classes = new HashMap<>();
        Map<Node, Long> properties = new HashMap<>();
        long triples = 0;
        for (var it = graph.find(); it.hasNext(); ) {
            Triple t = it.next();
            triples++;
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.merge(t.getPredicate(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.Nodes.type) && t.getObject().isURI()) {
                classes.merge(t.getObject(), 1L, Long::sum);
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Namespaces.RES)) entities.add(t.getSubject());
            }
        }
        List<Node> examples = new ArrayList<>();
        for (String kind : EXAMPLE_KINDS) {
            entities.stream().filter(n -> n.getURI().startsWith(Namespaces.RES + kind))
                    .min(Comparator.comparing(Node::getURI)).ifPresent(examples::add);
        }
        return new GraphStatistics(triples, entities.size(), subjects.size(), objects.size(),
                Map.copyOf(classes), Map.copyOf(properties), List.copyOf(examples));
    }
}
