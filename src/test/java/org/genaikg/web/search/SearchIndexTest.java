package org.genaikg.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Kind;
import org.junit.jupiter.api.Test;

/** How a query sits in a name decides whether it matches and where it ranks. */
class SearchIndexTest {
    private static final Node ACT = Kind.POLICY.iri("korea-basic-act");
    private static final Node CAC = Kind.AGENCY.iri("cyberspace-administration-of-china");
    private static final Node RANK = Kind.CODE.iri("indicator/ai-activity-rank");
    private static final Node EU_ACT = Kind.POLICY.iri("eu-ai-act");
    private static final Node EU = Kind.PLACE.iri("european-union");
    private static final Node FOCUS = Kind.TERM.iri("focus");
    private static final Node USD = Kind.UNIT.iri("usd");
    private static final Node US = Kind.PLACE.iri("united-states");

    private static SearchIndex index() {
        Graph g = GraphFactory.createDefaultGraph();
        label(g, ACT, "Basic Act on AI", "en");
        label(g, CAC, "国家互联网信息办公室", "zh");
        alt(g, CAC, "CAC", "en");
        label(g, RANK, "AI Activity rank", "en");
        label(g, EU_ACT, "人工智能法案", "zh");
        label(g, EU_ACT, "Artificial Intelligence Act", "en");
        alt(g, EU_ACT, "AI Act", "en");
        label(g, EU, "欧盟", "zh");
        g.add(Triple.create(EU_ACT, GKG.jurisdiction, EU));
        label(g, FOCUS, "focus", "en");
        label(g, USD, "US dollar", "en");
        label(g, US, "United States", "en");
        alt(g, US, "US", "en");
        return SearchIndex.of(g, LabelIndex.of(g));
    }

    private static void label(Graph g, Node n, String text, String lang) {
        g.add(Triple.create(n, RDFS.Nodes.label, NodeFactory.createLiteralLang(text, lang)));
    }

    private static void alt(Graph g, Node n, String text, String lang) {
        g.add(Triple.create(n, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(text, lang)));
    }

    private static List<Node> found(String q) {
        return index().search(q, 10).stream().map(SearchIndex.Hit::resource).toList();
    }

    @Test
    void aShortLatinQueryMatchesOnlyAtAWordsStartAndWithinIt() {
        assertEquals(List.of(CAC), found("CAC"), "CAC never finds basi(c ac)t");
        assertEquals(List.of(US, USD), found("us"), "US finds the country and the dollar, never foc(us)");
        assertTrue(!found("act").contains(RANK) || found("act").indexOf(RANK) > found("act").indexOf(ACT));
    }

    @Test
    void anExactNameOrAliasComesFirstThenWholeWords() {
        assertEquals(EU_ACT, found("AI Act").get(0), "the alias before 'AI Activity rank'");
        assertEquals(US, found("US").get(0), "the country's short name before the currency");
    }

    @Test
    void aPolicyIsFoundByItsTitleAfterItsJurisdiction() {
        assertEquals(EU_ACT, found("欧盟人工智能法案").get(0));
        assertEquals(EU_ACT, found("《人工智能法案》").get(0));
    }

    @Test
    void nothingFoundOffersTheNearestNames() {
        assertEquals(List.of(), found("Artifical Inteligence Act"));
        assertEquals(EU_ACT, index().suggest("Artifical Inteligence Act", 3).get(0).resource());
        assertEquals(List.of(), index().suggest("zzzzzz", 3));
    }
}
