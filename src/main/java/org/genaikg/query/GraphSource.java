package org.genaikg.query;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.publish.DumpWriter;
import org.genaikg.vocab.Namespaces;

/**
 * Where a command gets the graph: the N-Triples dump of an earlier build when there is one, otherwise a fresh
 * in-memory build from the tables (with every check of {@code build}).
 */
public final class GraphSource {
    private GraphSource() {}

    public static Graph load(BuildConfig config, Path dumps, PrintStream log) {
        Path nt = dumps == null ? null : dumps.resolve(DumpWriter.BASENAME + ".nt");
        if (nt != null && Files.isRegularFile(nt)) {
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(nt).parse(graph);
            graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
            log.println("loaded   " + graph.size() + " triples from " + nt);
            return graph;
        }
        return new Pipeline(config, new StageLog(log)).check().graph();
    }
}
