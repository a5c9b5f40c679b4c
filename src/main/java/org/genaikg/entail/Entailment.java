package org.genaikg.entail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.vocab.Namespaces;

/**
 * What the ontology's class and property hierarchy says the facts mean, written into the graph at build time: every
 * instance is typed with each superclass of its classes ({@code rdfs:subClassOf}, transitively), and every fact
 * is also stated with each genai-kg super-property of its property ({@code rdfs:subPropertyOf}, transitively) — so {@code gkg:jurisdiction}, {@code gkg:country} and {@code gkg:location} facts, and an
 * observation's region, are {@code gkg:place} facts too. A query then means what it says: {@code ?x a gkg:Policy} finds every policy, and
 * {@code ?x gkg:place place:united-states} everything placed there, in the served graph and in the dumps alike.
 *
 * <p>Materialised, as DBpedia publishes its transitive types, rather than inferred per query: the graph is built once
 * and never changes while it is served, a dump reader gets the same answers as the endpoint, and the cost is a few
 * thousand triples. Super-properties outside genai-kg's namespace (Dublin Core, schema.org) are not materialised:
 * they are the ontology's alignment to other vocabularies, and a query in those terms says so itself.
 */
public final class Entailment {
    private Entailment() {}

    /** How many triples the closure added, by kind. */
    public record Added(long types, long facts) {}

    /** Adds the closure to {@code graph}, which holds the data and the ontology; answers what it added. */
    public static Added closeOver(Graph graph) {
        Map<Node, Set<Node>> superClasses = closure(graph, RDFS.subClassOf.asNode(), n -> n.isURI());
        Map<Node, Set<Node>> superProperties = closure(graph, RDFS.subPropertyOf.asNode(),
                n -> n.isURI() && n.getURI().startsWith(Namespaces.GKG));
        List<Triple> added = new ArrayList<>();
        long types = 0;
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList()) {
            for (Node sup : superClasses.getOrDefault(t.getObject(), Set.of())) {
                Triple inferred = Triple.create(t.getSubject(), RDF.type.asNode(), sup);
                if (!graph.contains(inferred)) {
                    added.add(inferred);
                    types++;
                }
            }
        }
        long facts = 0;
        for (Map.Entry<Node, Set<Node>> p : superProperties.entrySet()) {
            for (Triple t : graph.find(Node.ANY, p.getKey(), Node.ANY).toList()) {
                for (Node sup : p.getValue()) {
                    Triple inferred = Triple.create(t.getSubject(), sup, t.getObject());
                    if (!graph.contains(inferred)) {
                        added.add(inferred);
                        facts++;
                    }
                }
            }
        }
        added.forEach(graph::add);
        return new Added(types, facts);
    }

    /** For each term, every term above it along {@code edge} (transitively, itself excluded) that {@code keep} admits. */
    private static Map<Node, Set<Node>> closure(Graph graph, Node edge, java.util.function.Predicate<Node> keep) {
        Map<Node, Set<Node>> direct = new HashMap<>();
        graph.find(Node.ANY, edge, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                direct.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            }
        });
        Map<Node, Set<Node>> all = new HashMap<>();
        for (Node term : direct.keySet()) {
            Set<Node> above = new LinkedHashSet<>();
            List<Node> todo = new ArrayList<>(direct.get(term));
            while (!todo.isEmpty()) {
                Node next = todo.remove(todo.size() - 1);
                if (next.equals(term) || !above.add(next)) continue;
                todo.addAll(direct.getOrDefault(next, Set.of()));
            }
            above.removeIf(keep.negate());
            if (!above.isEmpty()) all.put(term, above);
        }
        return all;
    }
}
