package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The Data Cube integrity queries find what they are meant to find (the real data is checked in RealDataTest). */
class CubeIntegrityTest {
    private static final String CUBE = """
            @prefix qb: <http://purl.org/linked-data/cube#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix : <http://example.org/> .
            :ds a qb:DataSet ; qb:structure :dsd .
            :dsd a qb:DataStructureDefinition ;
                qb:component [ qb:dimension :region ] , [ qb:dimension :age ] , [ qb:measure :share ] .
            :region a qb:DimensionProperty ; rdfs:range :Place .
            :age a qb:DimensionProperty ; rdfs:range skos:Concept ; qb:codeList :ages .
            :ages a skos:ConceptScheme .
            :young a skos:Concept ; skos:inScheme :ages .
            :old a skos:Concept ; skos:inScheme :ages .
            :share a qb:MeasureProperty ; rdfs:range xsd:decimal .
            :o1 a qb:Observation ; qb:dataSet :ds ; :region :cn ; :age :young ; :share 33.8 .
            :o2 a qb:Observation ; qb:dataSet :ds ; :region :cn ; :age :old ; :share 25.4 .
            """;

    private static List<String> violated(String extra) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(CUBE + extra, Lang.TURTLE).parse(g);
        return CubeIntegrityChecks.violated(g);
    }

    @Test
    void aWellFormedCubeViolatesNothing() {
        assertEquals(List.of(), violated(""));
    }

    @Test
    void anObservationWithoutADimensionViolatesIc11() {
        assertEquals(List.of("ic-11-all-dimensions-required"),
                violated(":o3 a qb:Observation ; qb:dataSet :ds ; :region :us ; :share 1.0 ."));
    }

    @Test
    void twoObservationsWithTheSameKeyViolateIc12() {
        assertEquals(List.of("ic-12-no-duplicate-observations"),
                violated(":o3 a qb:Observation ; qb:dataSet :ds ; :region :cn ; :age :young ; :share 34.0 ."));
    }

    @Test
    void aCodeOutsideItsListViolatesIc19() {
        assertEquals(List.of("ic-19-codes-from-code-list"),
                violated(":o3 a qb:Observation ; qb:dataSet :ds ; :region :cn ; :age :teen ; :share 1.0 ."));
    }

    @Test
    void anObservationWithoutMeasureViolatesIc14() {
        assertEquals(List.of("ic-14-all-measures-present"),
                violated(":o3 a qb:Observation ; qb:dataSet :ds ; :region :us ; :age :young ."));
    }

    @Test
    void anObservationInTwoDataSetsViolatesIc1() {
        assertEquals(List.of("ic-01-unique-dataset"), violated(":o1 qb:dataSet :other ."));
    }
}
