package org.genaikg.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.genaikg.publish.DumpWriter;
import org.genaikg.table.CuratedData;
import org.genaikg.table.Row;
import org.genaikg.table.TableCatalog;
import org.genaikg.validate.CubeIntegrityChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curated data in {@code data/} builds, conforms, is deterministic, and covers the whole report. */
class RealDataTest {
    private static CuratedData data;

    @BeforeAll
    static void load() {
        data = CuratedData.load(Path.of("data"), "data"); // every schema, reference and quote check
    }

    @Test
    void everyFootnoteOfTheReportIsASource() {
        Set<Integer> numbers = data.rows(TableCatalog.SOURCES).stream()
                .filter(r -> r.get("report").equals("cnnic-genai-2025"))
                .map(r -> Integer.parseInt(r.get("number"))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(98, numbers.size());
        assertEquals(1, numbers.iterator().next());
        assertEquals(98, ((TreeSet<Integer>) numbers).last());
    }

    @Test
    void coversTheReportsPoliciesOfTable1() {
        List<Row> table1 = data.rows(TableCatalog.POLICIES).stream().filter(r -> r.has("category")).toList();
        assertEquals(8, table1.size(), "表1 lists 8 policies");
        assertEquals(6, table1.stream().filter(r -> r.get("category").equals("standards-norms")).count(), "标准规范类");
        assertEquals(2, table1.stream().filter(r -> r.get("category").equals("industry-enabling")).count(), "产业赋能应用类");
    }

    @Test
    void coversEveryKindOfEntityAtScale() {
        assertTrue(data.rows(TableCatalog.POLICIES).size() >= 70, "policies");
        assertTrue(data.rows(TableCatalog.AGENCIES).size() >= 40, "agencies");
        assertTrue(data.rows(TableCatalog.ORGANIZATIONS).size() >= 55, "companies and institutes");
        assertTrue(data.rows(TableCatalog.MODELS).size() >= 75, "models and products");
        assertTrue(data.rows(TableCatalog.SCENARIOS).size() >= 60, "scenario concepts");
        int observations = data.observationTables().stream().mapToInt(t -> t.rows().size()).sum();
        assertTrue(observations >= 170, "statistics: " + observations);
    }

    @Test
    void buildsConformsAndIsDeterministic(@TempDir Path temp) throws Exception {
        Path first = temp.resolve("a");
        Path second = temp.resolve("b");
        BuiltGraph built = new Pipeline(BuildConfig.defaults().withOut(first), StageLog.silent()).build();
        new Pipeline(BuildConfig.defaults().withOut(second), StageLog.silent()).build();
        Graph graph = built.graph();
        assertEquals(List.of(), CubeIntegrityChecks.violated(graph));
        for (String file : DumpWriter.FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        assertArrayEquals(Files.readAllBytes(first.resolve(Pipeline.VOID_FILE)),
                Files.readAllBytes(second.resolve(Pipeline.VOID_FILE)));
        assertTrue(graph.size() > 15_000, "triples: " + graph.size());

        Graph nt = org.apache.jena.riot.RDFParser.source(first.resolve("genai-kg.nt")).toGraph();
        assertTrue(nt.isIsomorphicWith(graph), "N-Triples dump is the graph");
        for (String file : List.of("genai-kg.ttl", "genai-kg.jsonld")) {
            Graph parsed = org.apache.jena.riot.RDFParser.source(first.resolve(file)).toGraph();
            assertTrue(parsed.isIsomorphicWith(nt), file + " holds the same graph as the N-Triples dump");
            try (var gz = new java.util.zip.GZIPInputStream(Files.newInputStream(first.resolve(file + ".gz")))) {
                assertArrayEquals(Files.readAllBytes(first.resolve(file)), gz.readAllBytes(), file + ".gz");
            }
        }
    }
}
