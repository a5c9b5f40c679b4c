package org.genaikg.dataset;

import org.apache.jena.vocabulary.RDF;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.vocab.Kind;

/**
 * The typed resources of the served graph by kind, in IRI order. The graph does not change while it is served,
 * so the index is read once when the server starts.
 */
public final class KindIndex {
    private final Map<Kind, List<Node>> byKind;
    private final long triples;

    private KindIndex(Map<Kind, List<Node>> byKind, long triples) {
        this.byKind = byKind;
        this.triples = triples;
    }

    public static KindIndex of(DatasetGraph dataset) {
        return dataset.calculateRead(() -> {
            Map<Kind, TreeSet<String>> found = new EnumMap<>(Kind.class);
            for (Kind kind : Kind.values()) if (kind.isListed()) found.put(kind, new TreeSet<>());
            dataset.getDefaultGraph().find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t -> {
                if (!t.getSubject().isURI()) return;
                String iri = t.getSubject().getURI();
                Kind.of(iri).filter(Kind::isListed).ifPresent(kind -> found.get(kind).add(iri));
            });
            Map<Kind, List<Node>> byKind = new EnumMap<>(Kind.class);
            found.forEach((kind, iris) -> {
                List<Node> nodes = new ArrayList<>(iris.size());
                iris.forEach(iri -> nodes.add(org.apache.jena.graph.NodeFactory.createURI(iri)));
                byKind.put(kind, List.copyOf(nodes));
            });
            return new KindIndex(byKind, dataset.getDefaultGraph().size());
        });
    }

    public List<Node> resources(Kind kind) {
        return byKind.get(kind);
    }

    public int count(Kind kind) {
        return byKind.get(kind).size();
    }

    public long triples() {
        return triples;
    }
}
