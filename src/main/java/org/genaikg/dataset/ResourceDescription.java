package org.genaikg.dataset;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.genaikg.vocab.Std;

/**
 * What genai-kg says about one resource — the same for its page, its RDF and SPARQL {@code DESCRIBE}: its own
 * triples, the triples that point at it (who links here, by which property), the names and types of every
 * neighbour, and its sources (report sections and footnotes) with what the graph says about them.
 *
 * @param resource   the described resource
 * @param outgoing   triples with the resource as subject
 * @param incoming   triples with the resource as object
 * @param neighbours labels and types of every resource linked from or to it, and of the sources' links
 * @param sources    the triples of the report sections, footnotes and reports it is derived from
 */
public record ResourceDescription(Node resource, List<Triple> outgoing, List<Triple> incoming,
                                  List<Triple> neighbours, List<Triple> sources) {
    private static final List<Node> NEIGHBOUR_FACTS = List.of(RDFS.Nodes.label, SKOS.prefLabel.asNode(), RDF.Nodes.type);
    private static final List<Node> PROVENANCE = List.of(Std.PROV_WAS_DERIVED_FROM, DCTerms.source.asNode());
    private static final Comparator<Triple> ORDER = Comparator
            .comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms);

    /** Reads the description of {@code resource} from {@code graph}; the caller holds a read transaction if needed. */
    public static ResourceDescription of(Graph graph, Node resource) {
        List<Triple> outgoing = sorted(graph.find(resource, Node.ANY, Node.ANY).toList());
        List<Triple> incoming = sorted(graph.find(Node.ANY, Node.ANY, resource).toList());
        Set<Node> neighbours = new LinkedHashSet<>();
        Set<Node> sourceNodes = new LinkedHashSet<>();
        for (Triple t : outgoing) {
            if (!t.getObject().isLiteral()) neighbours.add(t.getObject());
            if (PROVENANCE.contains(t.getPredicate()) && t.getObject().isURI()) sourceNodes.add(t.getObject());
        }
        for (Triple t : incoming) neighbours.add(t.getSubject());
        List<Triple> sources = new ArrayList<>();
        for (Node source : sourceNodes) {
            for (Triple t : graph.find(source, Node.ANY, Node.ANY).toList()) {
                sources.add(t);
                if (!t.getObject().isLiteral()) neighbours.add(t.getObject());
            }
        }
        neighbours.remove(resource);
        List<Triple> about = new ArrayList<>();
        for (Node n : neighbours) {
            for (Node p : NEIGHBOUR_FACTS) graph.find(n, p, Node.ANY).forEachRemaining(about::add);
        }
        return new ResourceDescription(resource, outgoing, incoming, sorted(about), sorted(sources));
    }

    /** Whether the graph says anything about the resource at all. */
    public boolean exists() {
        return !outgoing.isEmpty() || !incoming.isEmpty();
    }

    /** The whole description as one graph, for RDF answers and DESCRIBE. */
    public Graph asGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        addTo(g);
        return g;
    }

    public void addTo(Graph g) {
        outgoing.forEach(g::add);
        incoming.forEach(g::add);
        neighbours.forEach(g::add);
        sources.forEach(g::add);
    }

    private static List<Triple> sorted(List<Triple> triples) {
        List<Triple> copy = new ArrayList<>(triples);
        copy.sort(ORDER);
        return List.copyOf(copy);
    }
}
