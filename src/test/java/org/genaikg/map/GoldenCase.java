package org.genaikg.map;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.CompactTurtle;
import org.genaikg.TestData;
import org.genaikg.table.CuratedData;
import org.genaikg.vocab.Namespaces;

/**
 * A golden mapping case: its tables laid over the base tables, mapped; {@code expected.ttl} holds the triples this
 * adds to the base graph, {@code removed.ttl} (only where the case replaces a base row) those it takes away.
 */
record GoldenCase(Path folder, Path data) {
    static final String ADDED = "expected.ttl";
    static final String REMOVED = "removed.ttl";

    /** Lays the case over the base tables in {@code work}. */
    static GoldenCase in(Path folder, Path work) {
        return new GoldenCase(folder, TestData.overlay(folder, work));
    }

    CuratedData tables() {
        return CuratedData.load(data, "data");
    }

    static CuratedData baseTables() {
        return CuratedData.load(TestData.BASE, "base");
    }

    static final Path BASE_GRAPH = Path.of(GoldenCasesTest.FOLDER, "base.ttl");

    static Model baseGraph() {
        return graph(baseTables());
    }

    static Model expectedBase() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(BASE_GRAPH).base(Namespaces.RES).parse(m);
        return m;
    }

    Model added() {
        return graph(tables()).difference(graph(baseTables()));
    }

    Model removed() {
        return graph(baseTables()).difference(graph(tables()));
    }

    /** The file's triples; none when the file does not exist. */
    Model expected(String file) {
        Model m = ModelFactory.createDefaultModel();
        if (Files.exists(folder.resolve(file))) RDFParser.source(folder.resolve(file)).base(Namespaces.RES).parse(m);
        return m;
    }

    private static Model graph(CuratedData tables) {
        return ModelFactory.createModelForGraph(GraphMapper.map(tables).graph());
    }

    /** The triples one mapper alone makes of the tables. */
    static Graph mappedBy(TableMapper mapper, CuratedData tables) {
        Graph graph = GraphFactory.createDefaultGraph();
        mapper.map(new MappingContext(tables, new Emitter(graph)));
        return graph;
    }

    /** Turtle with resource IRIs relative to {@code res:}, for expected files and failure messages. */
    static String turtle(Model m) {
        return CompactTurtle.write(m, Namespaces.prefixes());
    }
}
