package org.genaikg.dataset;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.genaikg.vocab.GKG;

/**
 * The names, types and number of links of every resource of the served graph, read once at start-up: the graph
 * does not change while it is served, and pages and search need these for every neighbour they show.
 */
public final class LabelIndex {
    private static final List<Node> NAME_PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.Nodes.label, DCTerms.title.asNode());

    private final Map<Node, Bilingual> labels;
    private final Map<Node, List<Node>> types;
    private final Map<Node, Integer> links;

    private LabelIndex(Map<Node, Bilingual> labels, Map<Node, List<Node>> types, Map<Node, Integer> links) {
        this.labels = labels;
        this.types = types;
        this.links = links;
    }

    /** Reads {@code graph}; the caller holds a read transaction when the graph needs one. */
    public static LabelIndex of(Graph graph) {
        Map<Node, String[]> names = new HashMap<>();
        Map<Node, List<Node>> types = new HashMap<>();
        Map<Node, Integer> links = new HashMap<>();
        // Better names come first in NAME_PROPERTIES; a later property only fills a language still missing.
        for (Node property : NAME_PROPERTIES) {
            graph.find(Node.ANY, property, Node.ANY).forEachRemaining(t -> {
                if (!t.getObject().isLiteral()) return;
                String lang = t.getObject().getLiteralLanguage();
                String[] slot = names.computeIfAbsent(t.getSubject(), k -> new String[3]);
                String text = t.getObject().getLiteralLexicalForm();
                if (lang.startsWith("zh") && slot[0] == null) slot[0] = text;
                else if (lang.startsWith("en") && slot[1] == null) {
                    slot[1] = text;
                    slot[2] = lang.contains("-t-") ? "t" : null;
                }
            });
        }
        // an English name the curators translated is marked beside it (gkg:translatedLabel "…"@en-t-zh)
        graph.find(Node.ANY, GKG.translatedLabel, Node.ANY).forEachRemaining(t -> {
            String[] slot = names.get(t.getSubject());
            if (slot != null && t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(slot[1])) {
                slot[2] = "t";
            }
        });
        graph.find(Node.ANY, RDF.Nodes.type, Node.ANY).forEachRemaining(t ->
                types.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t.getObject()));
        ExtendedIterator<Triple> all = graph.find();
        try {
            all.forEachRemaining(t -> {
                // a subject with only literal values still has a page: it is known, with no links
                if (t.getObject().isLiteral()) {
                    links.putIfAbsent(t.getSubject(), 0);
                } else {
                    links.merge(t.getSubject(), 1, Integer::sum);
                    links.merge(t.getObject(), 1, Integer::sum);
                }
            });
        } finally {
            all.close();
        }
        Map<Node, Bilingual> labels = new HashMap<>();
        names.forEach((node, n) -> labels.put(node, new Bilingual(n[0], n[1], n[2] != null)));
        types.replaceAll((node, list) -> SpecificTypes.of(graph, list));
        return new LabelIndex(Map.copyOf(labels), Map.copyOf(types), Map.copyOf(links));
    }

    public Bilingual label(Node node) {
        return labels.getOrDefault(node, Bilingual.NONE);
    }

    public List<Node> types(Node node) {
        return types.getOrDefault(node, List.of());
    }

    /** How many links (triples between two resources) {@code node} has, either way: how connected it is. */
    public int links(Node node) {
        return links.getOrDefault(node, 0);
    }

    public boolean isKnown(Node node) {
        return links.containsKey(node);
    }
}
