package org.genaikg.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryParseException;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.query.GraphSource;
import org.genaikg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Answer a SPARQL query (a .rq file, or '-' for standard input) against the built graph, "
                + "without a server. Uses the dumps of the last build when present, otherwise builds in memory.")
final class QueryCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The query: a .rq file, or '-' to read standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--dumps", paramLabel = "DIR", description = "Dumps of an earlier build (default: ${DEFAULT-VALUE}).")
    Path dumps = BuildConfig.DEFAULT_OUT;

    @Mixin
    DataOptions data;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("genai-kg query: --format '" + format + "' is not one of table, csv, tsv, json, xml");
            return 1;
        }
        String sparql = file.equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        try {
            QueryRunner.parse(sparql);
        } catch (QueryParseException e) {
            System.err.println(file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
            return 1;
        }
        Graph graph = GraphSource.load(data.config(null, true, BuildConfig.DEFAULT_PUBLIC_URL), dumps, System.err);
        QueryRunner.run(graph, sparql, fmt, System.out);
        System.out.flush();
        return 0;
    }
}
