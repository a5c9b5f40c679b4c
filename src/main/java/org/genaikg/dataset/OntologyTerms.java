package org.genaikg.dataset;

import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.OWL;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;

/** The ontology's part of the served graph: its classes and properties, and the standard terms it declares. */
public final class OntologyTerms {
    public static final Node ONTOLOGY = NodeFactory.createURI(Namespaces.ONTOLOGY);
    public static final Node OWL_CLASS = OWL.Class.asNode();
    public static final Node RDFS_CLASS = RDFS.Nodes.Class;
    public static final List<Node> PROPERTY_TYPES = List.of(
            OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(),
            RDF.Nodes.Property);
    private static final Set<Node> TERM_TYPES = Set.of(OWL_CLASS, RDFS_CLASS, PROPERTY_TYPES.get(0),
            PROPERTY_TYPES.get(1), PROPERTY_TYPES.get(2), PROPERTY_TYPES.get(3));

    private OntologyTerms() {}

    /** Whether the graph declares {@code node} as a class or property. */
    public static boolean isDeclaredTerm(LabelIndex labels, Node node) {
        for (Node t : labels.types(node)) if (TERM_TYPES.contains(t)) return true;
        return false;
    }

    public static boolean isClass(LabelIndex labels, Node node) {
        List<Node> types = labels.types(node);
        return types.contains(OWL_CLASS) || types.contains(RDFS_CLASS);
    }

    /** Whether a subject belongs to the ontology rather than to the instance data or the catalogue. */
    public static boolean inOntology(Node subject) {
        if (!subject.isURI()) return false;
        String iri = subject.getURI();
        return !iri.startsWith(Namespaces.RES) && !subject.equals(Res.graphDataset());
    }

    /** Every triple of the ontology (its header, its terms, the standard terms it declares). */
    public static Graph graph(Graph served) {
        Graph g = GraphFactory.createDefaultGraph();
        served.find().forEachRemaining(t -> {
            if (inOntology(t.getSubject())) g.add(t);
        });
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        return g;
    }

    public static boolean isPropertyType(Node type) {
        return PROPERTY_TYPES.contains(type) || type.equals(Std.QB_DIMENSION_PROPERTY);
    }
}
