package org.genaikg.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.genaikg.TestData;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.table.CuratedData;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per mapping case under {@code src/test/resources/golden} (see {@link GoldenCase}): the triples its
 * tables add to the base graph must be isomorphic with {@code expected.ttl}, those they take away with
 * {@code removed.ttl} (none if absent), and the whole graph must pass every SHACL shape and Data Cube constraint.
 * The base tables themselves map to {@code golden/base.ttl}.
 * Every table mapper makes triples of some case's tables that it does not make of the base tables.
 */
class GoldenCasesTest {
    static final String FOLDER = "src/test/resources/golden";

    static Stream<Named<Path>> cases() {
        return TestData.cases(FOLDER).stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsTablesToTheExpectedTriples(Path caseFolder, @TempDir Path temp) {
        GoldenCase golden = GoldenCase.in(caseFolder, temp.resolve("data"));
        assertIsomorphic(golden.expected(GoldenCase.ADDED), golden.added(), "added to the base graph");
        assertIsomorphic(golden.expected(GoldenCase.REMOVED), golden.removed(), "taken from the base graph");

        new Pipeline(BuildConfig.defaults().withData(golden.data()), StageLog.silent()).check();
    }

    /** What the mappers make of the base tables themselves, which every case's difference leaves out. */
    @Test
    void mapsTheBaseTablesToTheBaseGraph() {
        assertIsomorphic(GoldenCase.expectedBase(), GoldenCase.baseGraph(), "made of the base tables");
    }

    /** A subject made from a row knows that row, so that a SHACL violation can name the table line to fix. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "sources-footnotes           | source/test-fn07                    | data/sources.csv:4",
            "sources-footnotes           | report/second-test-report           | data/reports.csv:3",
            "places-and-bodies           | organization/netease-youdao         | data/organizations.csv:5",
            "places-and-bodies           | agency/central-committee-of-the-cpc | data/agencies.csv:2",
            "scenarios-broader-and-top   | scenario/content-creation           | data/scenarios.csv:5",
            "term-definition             | term/hallucination                  | data/terms.csv:2",
            "event-amount                | unit/yuan                           | data/units.csv:4",
            "event-amount                | event/2025-national-ai-fund-established | data/events.csv:2",
            "observation-coded-hierarchy | measure/users                       | data/statistics/measures.csv:2",
            "observation-coded-hierarchy | dimension/indicator                 | data/statistics/dimensions.csv:3",
            "observation-coded-hierarchy | code/indicator/users-growth         | data/statistics/codes.csv:3",
            "observation-coded-hierarchy | observation/genai-user-growth/growth-2024-12-2025-06 | data/statistics/genai-user-growth.csv:2"})
    void knowsTheRowOfEachSubject(String caseName, String resource, String origin, @TempDir Path temp) {
        GoldenCase golden = GoldenCase.in(Path.of(FOLDER, caseName), temp.resolve("data"));
        MappedGraph mapped = GraphMapper.map(golden.tables());
        assertEquals(origin, mapped.originOf(NodeFactory.createURI(Namespaces.RES + resource)));
    }

    @Test
    void everyMapperHasAGoldenCase(@TempDir Path temp) {
        CuratedData base = GoldenCase.baseTables();
        List<CuratedData> cases = cases().map(c -> GoldenCase.in(c.getPayload(), temp.resolve(c.getName())).tables()).toList();
        List<String> untested = new ArrayList<>();
        for (TableMapper mapper : GraphMapper.MAPPERS) {
            Graph fromBase = GoldenCase.mappedBy(mapper, base);
            boolean exercised = cases.stream().anyMatch(tables ->
                    GoldenCase.mappedBy(mapper, tables).find().filterDrop(fromBase::contains).hasNext());
            if (!exercised) untested.add(mapper.getClass().getSimpleName());
        }
        assertEquals(List.of(), untested);
        assertEquals(9, GraphMapper.MAPPERS.size(),
                "sources, places and bodies, policies, scenarios, terms, products, events, statistics, aliases");
    }

    private static void assertIsomorphic(Model expected, Model actual, String what) {
        assertTrue(actual.isIsomorphicWith(expected), () -> "triples " + what + "\nmissing:\n"
                + GoldenCase.turtle(expected.difference(actual)) + "\nunexpected:\n" + GoldenCase.turtle(actual.difference(expected)));
    }
}
