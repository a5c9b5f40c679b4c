package org.genaikg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over the graph mapped from the real tables: every curated event says what it concerns or why it concerns
 * nothing, events name only agents as participants, each built-on link is stated in both directions, and every
 * footnote of the report (repeat citations and definitions too) is the source of some fact.
 */
class CuratedEventsAndLinksTest {
    private static final String PREFIXES = """
            PREFIX gkg: <https://w3id.org/genai-kg/ontology#>
            """;
    private static CuratedData data;
    private static Model graph;

    @BeforeAll
    static void map() {
        data = CuratedData.load(Path.of("data"), "data");
        graph = ModelFactory.createModelForGraph(GraphMapper.map(data).graph());
    }

    private static List<String> column(String query, String variable) {
        List<String> values = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + query, graph)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                values.add(s.get(variable).toString());
            }
        }
        return values;
    }

    @Test
    void everyCuratedEventHasAboutOrSaysWhyNot() {
        List<String> curated = data.rows(TableCatalog.EVENTS).stream()
                .map(r -> "https://w3id.org/genai-kg/resource/event/" + r.id()).toList();
        List<String> silent = column("""
                SELECT ?event WHERE {
                  ?event gkg:date ?d .
                  FILTER NOT EXISTS { ?event gkg:about ?x }
                  FILTER NOT EXISTS { ?event gkg:aboutNone ?why }
                }""", "event");
        assertEquals(List.of(), silent);
        List<String> withAboutOrReason = column("""
                SELECT DISTINCT ?event WHERE {
                  ?event gkg:date ?d .
                  { ?event gkg:about ?x } UNION { ?event gkg:aboutNone ?why }
                }""", "event");
        assertTrue(withAboutOrReason.containsAll(curated), "every row of events.csv is an event with about or a reason");
    }

    @Test
    void eventParticipantsAreAgentsOnly() {
        List<String> notAgents = column("""
                SELECT ?event ?who WHERE {
                  ?event gkg:participant ?who .
                  FILTER(!STRSTARTS(STR(?who), "https://w3id.org/genai-kg/resource/agency/")
                      && !STRSTARTS(STR(?who), "https://w3id.org/genai-kg/resource/organization/")
                      && !STRSTARTS(STR(?who), "https://w3id.org/genai-kg/resource/person/"))
                }""", "who");
        assertEquals(List.of(), notAgents);
    }

    @Test
    void builtOnAndBasisOfAreStatedInBothDirections() {
        List<String> oneWay = column("""
                SELECT ?p WHERE {
                  { ?p gkg:builtOn ?b FILTER NOT EXISTS { ?b gkg:basisOf ?p } }
                  UNION
                  { ?b gkg:basisOf ?p FILTER NOT EXISTS { ?p gkg:builtOn ?b } }
                }""", "p");
        assertEquals(List.of(), oneWay);
        long rows = data.rows(TableCatalog.MODEL_BASES).size();
        long links = column("SELECT ?p WHERE { ?p gkg:builtOn ?b }", "p").size();
        assertEquals(rows, links, "one gkg:builtOn per row of model_bases.csv");
        assertTrue(rows >= 10, "the report's built-on statements: " + rows);
    }

    @Test
    void moreIssuersAndTable1AreValuesAQueryCanTest() {
        List<Row> table1 = data.rows(TableCatalog.POLICIES).stream().filter(r -> r.get("report_table").equals("1")).toList();
        assertEquals(8, table1.size(), "表1 lists 8 policies");
        assertEquals(8, column("SELECT ?p WHERE { ?p gkg:listedIn ?t . ?t gkg:tableNumber ?n FILTER(?n = 1) }", "p").size());
        assertEquals(4, table1.stream().filter(r -> r.get("more_issuers").equals("true")).count(),
                "表1 writes 等 after the issuer of four policies");
    }

    @Test
    void everyFootnoteIsCitedByAFact() {
        List<String> uncited = column("""
                PREFIX prov: <http://www.w3.org/ns/prov#>
                SELECT ?footnote WHERE {
                  ?footnote a gkg:Footnote .
                  FILTER NOT EXISTS { ?fact prov:wasDerivedFrom ?footnote }
                }""", "footnote");
        assertEquals(List.of(), uncited);
    }
}
