package org.genaikg.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.genaikg.TestData;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.table.CuratedData;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per mapping case under {@code src/test/resources/golden}: its tables are laid over the base
 * tables; the triples they add to the base graph must be isomorphic with {@code expected.ttl}, and the whole
 * graph must pass every SHACL shape and Data Cube constraint.
 */
class GoldenCasesTest {

    static Stream<Named<Path>> cases() {
        return TestData.cases("src/test/resources/golden").stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsTablesToTheExpectedTriples(Path caseFolder, @TempDir Path temp) {
        Path data = TestData.overlay(caseFolder, temp.resolve("data"));
        Graph base = GraphMapper.map(CuratedData.load(TestData.BASE, "base")).graph();
        Graph mapped = GraphMapper.map(CuratedData.load(data, "data")).graph();
        Model added = ModelFactory.createModelForGraph(mapped).difference(ModelFactory.createModelForGraph(base));
        Model expected = RDFDataMgr.loadModel(caseFolder.resolve("expected.ttl").toString());
        assertTrue(added.isIsomorphicWith(expected), () -> "missing:\n" + turtle(expected.difference(added))
                + "\nunexpected:\n" + turtle(added.difference(expected)));

        new Pipeline(BuildConfig.defaults().withData(data), StageLog.silent()).check();
    }

    private static String turtle(Model m) {
        m.setNsPrefixes(Namespaces.prefixes());
        java.io.StringWriter w = new java.io.StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_FLAT);
        return w.toString();
    }
}
