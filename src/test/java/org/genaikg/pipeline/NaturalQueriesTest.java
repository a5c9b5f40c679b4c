package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.genaikg.RealBuild;
import org.genaikg.query.QueryRunner;
import org.genaikg.table.CuratedData;
import org.genaikg.table.TableCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries a SPARQL user writes first get the whole answer from the built graph, each written the natural way —
 * no PREFIX lines (the project's are predeclared), no {@code rdfs:subClassOf*}, no language ranges, no casts — and
 * checked against what the tables hold.
 */
class NaturalQueriesTest {
    private static Graph graph;
    private static CuratedData data;

    @BeforeAll
    static void build() {
        graph = RealBuild.graph();
        data = CuratedData.load(BuildConfig.defaults().data(), "data");
    }

    private static List<List<String>> select(String query) {
        List<List<String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(QueryRunner.parse(query), ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                List<String> cells = new ArrayList<>();
                rs.getResultVars().forEach(v -> cells.add(row.get(v) == null ? ""
                        : row.get(v).isLiteral() ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static int count(String query) {
        return Integer.parseInt(select(query).get(0).get(0));
    }

    @Test
    void aClassFindsTheInstancesOfItsSubclasses() {
        int policies = data.rows(TableCatalog.POLICIES).size();
        assertTrue(policies > 70, policies + " policy rows");
        assertEquals(policies, count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gkg:Policy }"));
        // every row of models.csv but the benchmarks, product categories and techniques (classes of their own) is a product
        long products = data.rows(TableCatalog.MODELS).stream()
                .filter(r -> !List.of("benchmark", "category", "technique").contains(r.get("kind"))).count();
        assertEquals(products, count("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a gkg:AIProduct }"));
        assertEquals(count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e gkg:datePrecision ?p }"),
                count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a gkg:Event }"), "every dated event is a gkg:Event");
    }

    @Test
    void everyLabelledResourceHasAnEnglishLabelTaggedEn() {
        assertEquals(List.of(), select("SELECT ?s WHERE { ?s rdfs:label ?zh . FILTER(LANG(?zh) = \"zh\") "
                + "FILTER NOT EXISTS { ?s rdfs:label ?en . FILTER(LANG(?en) = \"en\") } }"));
        assertTrue(count("SELECT (COUNT(*) AS ?n) WHERE { ?s gkg:translatedLabel ?t }") > 600, "translations marked");
        assertTrue(count("SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?en . FILTER(LANG(?en) = \"en\") "
                + "FILTER NOT EXISTS { ?s gkg:translatedLabel ?t } }") > 300, "official English names");
    }

    @Test
    void yearAndMonthWorkOnTheUniformKeyOfEverythingDated() {
        assertEquals(List.of(), select("SELECT ?s WHERE { ?s gkg:startDate ?d . FILTER(!BOUND(?y)) BIND(YEAR(?d) AS ?y) }"));
        assertEquals(List.of(), select("SELECT ?s WHERE { ?s gkg:startDate ?d . FILTER(!(MONTH(?d) >= 1)) }"));
        int in2025 = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gkg:Policy ; gkg:startDate ?d . "
                + "FILTER(YEAR(?d) = 2025) }");
        int byRange = count("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a gkg:Policy ; gkg:startDate ?d . "
                + "FILTER(?d >= \"2025-01-01\"^^xsd:date && ?d <= \"2025-12-31\"^^xsd:date) }");
        assertTrue(in2025 > 10 && in2025 == byRange, in2025 + " policies in 2025 by YEAR(), " + byRange + " by range");
    }

    @Test
    void numbersAndAddressesMatchAsTyped() {
        assertTrue(count("SELECT (COUNT(?p) AS ?n) WHERE { ?t gkg:tableNumber 1 . ?p gkg:listedIn ?t }") > 5,
                "Table 1's rows by gkg:tableNumber 1");
        assertEquals(1, count("SELECT (COUNT(?f) AS ?n) WHERE { ?f gkg:footnoteNumber 24 }"));
        assertTrue(count("SELECT (COUNT(?o) AS ?n) WHERE { ?o sdmx-measure:obsValue 538 }") >= 1, "538 as typed");
        assertTrue(count("SELECT (COUNT(?o) AS ?n) WHERE { ?o sdmx-measure:obsValue 34.0 }") >= 1, "34.0 as the report writes it");
        String url = select("SELECT ?u WHERE { ?f gkg:footnoteNumber 24 ; schema:url ?u }").get(0).get(0);
        assertTrue(url.startsWith("http"), url);
        assertTrue(count("SELECT (COUNT(?f) AS ?n) WHERE { ?f schema:url <" + url + "> }") >= 1, "a web address is an IRI");
    }

    @Test
    void oneWherePatternFindsEverythingPlacedInTheUnitedStates() {
        List<List<String>> placed = select("SELECT DISTINCT ?x WHERE { ?x gkg:place place:united-states }");
        String all = placed.toString();
        for (String kind : List.of("/policy/", "/event/", "/organization/", "/agency/", "/person/")) {
            assertTrue(all.contains(kind), "no " + kind + " placed in the US: " + all);
        }
        assertTrue(count("SELECT (COUNT(?e) AS ?n) WHERE { ?e gkg:place place:united-states ; gkg:derived true }") > 0,
                "derived issuance events are placed too");
        assertEquals(List.of(), select("SELECT ?x WHERE { ?x gkg:jurisdiction|gkg:country|gkg:location ?p "
                + "FILTER NOT EXISTS { ?x gkg:place ?p } }"), "every specific 'where' is a gkg:place too");
        assertEquals(List.of(), select("SELECT ?e WHERE { ?e gkg:derived true ; gkg:about ?s . "
                + "?s gkg:jurisdiction|gkg:country ?p FILTER NOT EXISTS { ?e gkg:place ?p } }"),
                "a derived event happens where its policy applies or its product comes from");
    }

    @Test
    void versionsAndFamiliesAreLinkedBothWays() {
        assertEquals(List.of(List.of("https://w3id.org/genai-kg/resource/model/gemini")),
                select("SELECT ?f WHERE { model:gemini-2-5 gkg:versionOf ?f }"));
        assertEquals(List.of(), select("SELECT ?v ?f WHERE { ?v gkg:versionOf ?f FILTER NOT EXISTS { ?f gkg:hasVersion ?v } }"));
        assertEquals(List.of(), select("SELECT ?v ?f WHERE { ?f gkg:hasVersion ?v FILTER NOT EXISTS { ?v gkg:versionOf ?f } }"));
    }

    @Test
    void noEventIsRecordedTwice() {
        assertEquals(List.of(), select("SELECT ?p WHERE { ?n gkg:issuanceOf ?p . ?d gkg:derived true ; gkg:about ?p ; "
                + "a gkg:PolicyIssuance }"), "a narrated issuance and a derived one of the same policy");
        assertEquals(List.of(), select("SELECT ?e WHERE { VALUES ?e { evt:eu-investai-issuance evt:canada-ai-investment-package-issuance "
                + "evt:indiaai-mission-issuance evt:national-ai-industry-investment-fund-issuance } ?e ?p ?o }"));
        assertTrue(count("SELECT (COUNT(?e) AS ?n) WHERE { ?e gkg:issuanceOf policy:eu-investai ; gkg:about policy:eu-investai ; "
                + "prov:wasDerivedFrom ?s }") >= 2, "the merged event keeps the policy row's citation beside its own");
        assertEquals(List.of(), select("SELECT ?a ?b WHERE { ?a a gkg:Event ; gkg:startDate ?d ; gkg:about ?s ; gkg:quote ?q . "
                + "?b a gkg:Event ; gkg:startDate ?d ; gkg:about ?s ; gkg:quote ?q . FILTER(STR(?a) < STR(?b)) }"),
                "two events of one date about one thing citing the same words");
    }
}
