package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.Test;

/** Every own term of the ontology is defined, and labelled and explained in both Chinese and English. */
class OntologyTermsTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/genai-kg.ttl");

    private Set<Resource> ownTerms() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(Namespaces.GKG)) terms.add(s);
        });
        return terms;
    }

    @Test
    void everyOwnTermHasLabelAndDefinitionInZhAndEn() {
        List<String> missing = new ArrayList<>();
        for (Resource term : ownTerms()) {
            for (var property : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("zh", "en")) {
                    boolean present = ontology.listObjectsOfProperty(term, property).toList().stream()
                            .anyMatch(o -> o.isLiteral() && o.asLiteral().getLanguage().equals(lang));
                    if (!present) missing.add(term.getLocalName() + " " + property.getLocalName() + "@" + lang);
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(ownTerms().size() > 100, "terms: " + ownTerms().size());
    }

    @Test
    void everyTermTheMappingEmitsIsDeclared() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (var field : GKG.class.getFields()) {
            if (!(field.get(null) instanceof org.apache.jena.graph.Node node)) continue;
            Resource r = ontology.createResource(node.getURI());
            List<RDFNode> types = ontology.listObjectsOfProperty(r, RDF.type).toList();
            if (types.isEmpty()) undeclared.add(node.getURI());
        }
        assertEquals(List.of(), undeclared);
    }
}
