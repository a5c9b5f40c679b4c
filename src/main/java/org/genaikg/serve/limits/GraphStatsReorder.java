package org.genaikg.serve.limits;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.optimizer.reorder.PatternElements;
import org.apache.jena.sparql.engine.optimizer.reorder.PatternTriple;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformationSubstitution;
import org.apache.jena.sparql.sse.Item;
import org.apache.jena.vocabulary.RDF;

/**
 * Orders a basic graph pattern's triples by how many triples each would match in the served graph, counted once when
 * the server starts (the graph does not change while served): how many triples each property has, over how many
 * subjects and objects, and how many instances each class has. ARQ's own order for an in-memory graph is fixed by the
 * pattern's shape alone, and puts {@code ?x a gkg:Policy} (73 matches) on a par with {@code ?x rdfs:label ?l}
 * (5,000).
 */
public final class GraphStatsReorder extends ReorderTransformationSubstitution {
    private record Counts(long triples, long subjects, long objects) {}

    private final long triples;
    private final long subjects;
    private final long objects;
    private final Map<Node, Counts> byProperty;
    private final Map<Node, Long> byClass;

    private GraphStatsReorder(long triples, long subjects, long objects, Map<Node, Counts> byProperty,
            Map<Node, Long> byClass) {
        this.triples = triples;
        this.subjects = Math.max(1, subjects);
        this.objects = Math.max(1, objects);
        this.byProperty = byProperty;
        this.byClass = byClass;
    }

    /** Counts {@code graph}; the caller holds a read transaction if the graph needs one. */
    public static GraphStatsReorder of(Graph graph) {
        Map<Node, long[]> counts = new HashMap<>();
        Map<Node, Set<Node>> subjectsOf = new HashMap<>();
        Map<Node, Set<Node>> objectsOf = new HashMap<>();
        Set<Node> allSubjects = new HashSet<>();
        Set<Node> allObjects = new HashSet<>();
        Map<Node, Long> byClass = new HashMap<>();
        long[] total = {0};
        graph.find().forEachRemaining(t -> {
            total[0]++;
            counts.computeIfAbsent(t.getPredicate(), k -> new long[1])[0]++;
            subjectsOf.computeIfAbsent(t.getPredicate(), k -> new HashSet<>()).add(t.getSubject());
            objectsOf.computeIfAbsent(t.getPredicate(), k -> new HashSet<>()).add(t.getObject());
            allSubjects.add(t.getSubject());
            allObjects.add(t.getObject());
            if (t.getPredicate().equals(RDF.Nodes.type)) byClass.merge(t.getObject(), 1L, Long::sum);
        });
        Map<Node, Counts> byProperty = new HashMap<>();
        counts.forEach((p, n) -> byProperty.put(p, new Counts(n[0], subjectsOf.get(p).size(), objectsOf.get(p).size())));
        return new GraphStatsReorder(total[0], allSubjects.size(), allObjects.size(), Map.copyOf(byProperty),
                Map.copyOf(byClass));
    }

    /** How many triples the pattern is expected to match, the earlier bound parts substituted. */
    @Override
    protected double weight(PatternTriple pt) {
        boolean s = bound(pt.subject);
        boolean p = bound(pt.predicate);
        boolean o = bound(pt.object);
        Node property = concrete(pt.predicate);
        Counts c = property == null ? null : byProperty.getOrDefault(property, new Counts(0, 1, 1));
        if (s && p && o) return 1;
        if (s && p) return c == null ? (double) triples / subjects / 4 : (double) c.triples() / Math.max(1, c.subjects());
        if (s && o) return 2;
        if (s) return (double) triples / subjects;
        if (p && o) {
            Node value = concrete(pt.object);
            if (RDF.Nodes.type.equals(property) && value != null) return byClass.getOrDefault(value, 0L);
            return c == null ? (double) triples / objects : (double) c.triples() / Math.max(1, c.objects());
        }
        if (p) return c == null ? triples / 8.0 : c.triples();
        if (o) return (double) triples / objects;
        return triples;
    }

    private static boolean bound(Item item) {
        if (item == null) return false;
        if (item.isNode()) return !PatternElements.isVar(item);
        return PatternElements.isSet(item);
    }

    private static Node concrete(Item item) {
        return item != null && item.isNode() && !PatternElements.isVar(item) ? item.getNode() : null;
    }

}
