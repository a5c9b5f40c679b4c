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
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built graph says what the report says, in both languages, and can be queried uniformly: no label shows a
 * date the report does not give, every Chinese-labelled resource has an English label (official or marked
 * translation), no {@code @zh} text lacks Chinese, and everything dated has the uniform date keys.
 */
class GraphFidelityTest {
    private static Graph graph;

    @BeforeAll
    static void build() {
        graph = RealBuild.graph();
    }

    private static List<String> select(String where) {
        String query = Namespaces.sparqlPrologue() + "SELECT DISTINCT * WHERE { " + where + " } ORDER BY ?s";
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                StringBuilder sb = new StringBuilder();
                rs.getResultVars().forEach(v -> sb.append(v).append('=').append(row.get(v)).append(' '));
                rows.add(sb.toString().trim());
            }
        }
        return rows;
    }

    private static int count(String where) {
        return select(where).size();
    }

    @Test
    void noLabelShowsADateTheReportDoesNotGive() {
        String undated = "?s gkg:dateBasis ?b . FILTER(?b IN (gkg:AsOfSourcePublication, gkg:AsOfReportPublication)) ";
        assertEquals(48, count(undated + "?s a qb:Observation ."), "observations the report gives no date for");
        assertEquals(List.of(), select(undated
                + "?s gkg:period|gkg:date|gkg:issued|gkg:effective|gkg:released|gkg:asOf ?d ; rdfs:label ?label ."
                + "FILTER(CONTAINS(STR(?label), STR(?d)))"));
    }

    /** A reader tells resources of one kind apart by their names: no two share a label in one language. */
    @Test
    void everyLabelIsUniqueWithinItsKind() {
        assertEquals(List.of(), select("?s rdfs:label ?l . ?o rdfs:label ?l . FILTER(STR(?s) < STR(?o)) "
                + "FILTER(STRSTARTS(STR(?s), STR(res:)) && STRSTARTS(STR(?o), STR(res:))) "
                + "FILTER(STRBEFORE(STRAFTER(STR(?s), STR(res:)), \"/\") = STRBEFORE(STRAFTER(STR(?o), STR(res:)), \"/\"))"));
    }

    /** Written the way the tutorials write it: {@code LANG(?l) = "en"}, and a translation is told apart in one pattern. */
    @Test
    void everyResourceWithAChineseLabelHasAnEnglishOne() {
        assertTrue(count("?s gkg:translatedLabel ?t . FILTER(LANG(?t) = \"en-t-zh\")") > 600, "marked translations");
        assertEquals(List.of(), select("?s rdfs:label ?zh . FILTER(LANG(?zh) = \"zh\")"
                + "FILTER NOT EXISTS { ?s rdfs:label ?en . FILTER(LANG(?en) = \"en\") }"));
        assertEquals(List.of(), select("?s gkg:translatedLabel ?t . "
                + "FILTER NOT EXISTS { ?s rdfs:label|skos:prefLabel|dcterms:title ?en . FILTER(STR(?en) = STR(?t) && LANG(?en) = \"en\") }"),
                "a marked translation is also the resource's @en label");
        assertEquals(List.of(), select("?s rdfs:label ?a, ?b . FILTER(langMatches(LANG(?a), \"en\") && "
                + "langMatches(LANG(?b), \"en\") && ?a != ?b)"), "one English label: official or translated");
    }

    /**
     * Names keep the script the report writes them in (the report's name for DeepSeek-R1 is "DeepSeek-R1", in a
     * Chinese text), so labels and a footnote's publisher are exempt; every other {@code @zh} text must be Chinese.
     */
    @Test
    void noChineseTaggedTextLacksChinese() {
        assertTrue(count("?s skos:editorialNote ?n . FILTER(LANG(?n) = \"en\")") > 500, "English curator notes");
        assertEquals(List.of(), select("?s ?p ?text . FILTER(LANG(?text) = \"zh\")"
                + "FILTER(?p NOT IN (rdfs:label, skos:prefLabel, skos:altLabel, dcterms:publisher))"
                + "FILTER(!REGEX(STR(?text), \"[\\\\x{3400}-\\\\x{9FFF}]\"))"));
    }

    @Test
    void everythingDatedHasTheUniformKeysAndABasis() {
        assertTrue(count("?s gkg:startDate ?d ; a qb:Observation .") >= 170, "observations with uniform keys");
        assertEquals(List.of(), select("?s gkg:issued|gkg:effective|gkg:released|gkg:date|gkg:period|gkg:asOf ?d ."
                + "FILTER NOT EXISTS { ?s gkg:startDate ?start ; gkg:endDate ?end ; gkg:dateBasis ?basis }"));
    }

    @Test
    void everyObservationCarriesTheCommonMeasure() {
        assertEquals(List.of(), select("?s a qb:Observation ; qb:dataSet/qb:structure/qb:component/qb:measure ?m ;"
                + " ?m ?v . FILTER NOT EXISTS { ?s sdmx-measure:obsValue ?v }"));
    }

    @Test
    void everyPolicyCarriesItsTitleAsPrinted() {
        assertEquals(List.of(), select("?s a ?c . ?c rdfs:subClassOf* gkg:Policy . ?s rdfs:label ?t ."
                + "FILTER(LANG(?t) = \"zh\") FILTER NOT EXISTS { ?s skos:altLabel ?alt . "
                + "FILTER(STR(?alt) = CONCAT(\"《\", STR(?t), \"》\")) }"));
    }
}
