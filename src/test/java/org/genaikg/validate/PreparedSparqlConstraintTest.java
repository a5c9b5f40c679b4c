package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.Test;

/** SPARQL-based constraints prepared once report exactly what jena-shacl reports, and only safe ones are prepared. */
class PreparedSparqlConstraintTest {
    private static final String PREFIXES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String SHAPES = PREFIXES + """
            ex:NeedsName a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "no name" ; sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <http://example.org/name> ?n } }" ] ;
                sh:property [ sh:path ex:size ; sh:datatype xsd:integer ] .
            ex:OneName a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "two names" ;
                    sh:select "SELECT DISTINCT $this ?value WHERE { $this <http://example.org/name> ?value . $this <http://example.org/name> ?m FILTER(?value != ?m) }" ] .
            ex:Nested a sh:NodeShape ;
                sh:sparql [ sh:message "nested: no name" ; sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <http://example.org/name> ?n } }" ] .
            ex:Outer a sh:NodeShape ; sh:targetClass ex:Holder ; sh:property [ sh:path ex:holds ; sh:node ex:Nested ] .
            ex:Referenced a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "referenced: no name" ; sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <http://example.org/name> ?n } }" ] .
            ex:Refers a sh:NodeShape ; sh:targetClass ex:Holder ; sh:not ex:Referenced .
            ex:Mixed a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "mixed: no name" ; sh:select "SELECT $this WHERE { FILTER NOT EXISTS { $this <http://example.org/name> ?n } }" ] ,
                    [ sh:message "mixed: sized" ; sh:select "SELECT $this WHERE { $this <http://example.org/size> ?s FILTER(sameTerm($currentShape, $currentShape)) }" ] .
            ex:UsesShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "shape" ; sh:select "SELECT $this WHERE { BIND($currentShape AS ?s) FILTER(false) }" ] .
            """;
    private static final String DATA = PREFIXES + """
            ex:a a ex:Thing ; ex:name "a" ; ex:size 1 .
            ex:b a ex:Thing ; ex:size "big" .
            ex:c a ex:Thing ; ex:name "c1", "c2" .
            ex:h a ex:Holder ; ex:holds ex:a, ex:b .
            """;

    @Test
    void reportsWhatJenaShaclReports() {
        Graph shapes = turtle(SHAPES);
        Graph data = turtle(DATA);
        List<String> jena = ShaclValidator.get().validate(Shapes.parse(shapes), data).getEntries().stream()
                .filter(e -> Severity.Violation.equals(e.severity()))
                .map(e -> FmtUtils.stringForNode(e.focusNode(), Namespaces.prefixes()) + " " + e.message() + " "
                        + (e.value() == null ? null : FmtUtils.stringForNode(e.value(), Namespaces.prefixes())))
                .sorted().toList();
        List<String> ours = ShapesValidator.of(shapes).validate(data, null).stream()
                .map(v -> v.focusNode() + " " + v.message() + " " + v.value()).sorted().toList();
        assertEquals(9, jena.size(), jena.toString());
        assertEquals(jena, ours);
    }

    @Test
    void preparesOnlyQueriesThatNeedNoOtherPreBoundVariable() {
        Shapes shapes = Shapes.parse(turtle(SHAPES));
        assertNotNull(PreparedSparqlConstraint.of(shape(shapes, "NeedsName"), sparql(shapes, "NeedsName")));
        assertNull(PreparedSparqlConstraint.of(shape(shapes, "UsesShape"), sparql(shapes, "UsesShape")));
        assertFalse(shapes.getShape(org.apache.jena.graph.NodeFactory.createURI("http://example.org/Nested")).hasTarget());
    }

    private static Shape shape(Shapes shapes, String name) {
        return shapes.getShape(org.apache.jena.graph.NodeFactory.createURI("http://example.org/" + name));
    }

    private static SparqlConstraint sparql(Shapes shapes, String name) {
        return shape(shapes, name).getConstraints().stream().filter(SparqlConstraint.class::isInstance)
                .map(SparqlConstraint.class::cast).findFirst().orElseThrow();
    }

    private static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }
}
