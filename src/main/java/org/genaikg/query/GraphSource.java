package org.genaikg.query;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.publish.DumpWriter;
import org.genaikg.vocab.Namespaces;

/**
 * Where a command gets the graph: the N-Triples dump of an earlier build, or a fresh in-memory build from the
 * tables (with every check of {@code build}).
 */
public final class GraphSource {
    private GraphSource() {}

    /** The dump's file in a folder of dumps. */
    public static Path dumpFile(Path dumps) {
        return dumps.resolve(DumpWriter.BASENAME + ".nt");
    }

    /** The dumps when {@code dumps} holds them, otherwise a build from the tables. */
    public static Graph load(BuildConfig config, Path dumps, PrintStream log) {
        if (dumps != null && Files.isRegularFile(dumpFile(dumps))) return fromDumps(dumps, log);
        return fromTables(config, log);
    }

    public static Graph fromDumps(Path dumps, PrintStream log) {
        Path nt = dumpFile(dumps);
        if (!Files.isRegularFile(nt)) throw new UncheckedIOException(new NoSuchFileException(nt.toString()));
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(nt).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
        } catch (RiotException e) {
            throw new UncheckedIOException(new IOException(nt + ": is not valid N-Triples (" + e.getMessage()
                    + "); write it again with the build command"));
        }
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        log.println("loaded   " + graph.size() + " triples from " + nt);
        return graph;
    }

    public static Graph fromTables(BuildConfig config, PrintStream log) {
        return new Pipeline(config, new StageLog(log)).check().graph();
    }
}
