package org.genaikg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryParseException;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.query.GraphSource;
import org.genaikg.query.QueryRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Answer a SPARQL query (a .rq file, or '-' for standard input) without a server. With --data, "
                + "against a fresh in-memory build of those tables; with --dumps, against those dumps; with neither, "
                + "against target/dumps when a build wrote them, otherwise a build of data/. The first line says "
                + "which graph answered (on standard output for --format table, on standard error otherwise).")
final class QueryCommand implements Callable<Integer> {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Parameters(index = "0", paramLabel = "FILE", description = "The query: a .rq file, or '-' to read standard input.")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table, csv, tsv, json or xml (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Option(names = "--dumps", paramLabel = "DIR", description = "Dumps of an earlier build (default: ${DEFAULT-VALUE}, when present).")
    Path dumps = BuildConfig.DEFAULT_OUT;

    @Mixin
    DataOptions data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("genai-kg query: --format '" + format + "' is not one of table, csv, tsv, json, xml");
        }
        boolean tablesAsked = spec.commandLine().getParseResult().hasMatchedOption("--data")
                || spec.commandLine().getParseResult().hasMatchedOption("--ontology");
        boolean dumpsAsked = spec.commandLine().getParseResult().hasMatchedOption("--dumps");
        if (tablesAsked && dumpsAsked) {
            throw new UserError("genai-kg query: give --data (build from tables) or --dumps (read a build), not both");
        }
        String sparql = readQuery();
        try {
            QueryRunner.parse(sparql);
        } catch (QueryParseException e) {
            // the parser's first line says what it found; the rest lists every token it would have taken
            throw new UserError(file + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        // the graph's source goes first, where a reader of the answer sees it
        PrintStream said = fmt == QueryRunner.Format.TABLE ? System.out : System.err;
        boolean fromDumps = !tablesAsked && (dumpsAsked || Files.isRegularFile(GraphSource.dumpFile(dumps)));
        Graph graph;
        if (fromDumps) {
            Path nt = GraphSource.dumpFile(dumps);
            if (!Files.isRegularFile(nt)) {
                throw new UserError("genai-kg query: " + dumps + " holds no " + nt.getFileName()
                        + "; write the dumps there with: java -jar target/genai-kg.jar build --out " + dumps);
            }
            said.println("graph: the dumps " + nt + ", written " + WRITTEN.format(Files.getLastModifiedTime(nt).toInstant())
                    + " (use --data DIR to build from the tables instead)");
            said.flush();
            graph = GraphSource.fromDumps(dumps, System.err);
        } else {
            said.println("graph: built in memory from the tables in " + data.data()
                    + (tablesAsked ? "" : " (no dumps in " + dumps + ")"));
            said.flush();
            graph = GraphSource.fromTables(data.config(null, true, BuildConfig.DEFAULT_PUBLIC_URL), System.err);
        }
        QueryRunner.run(graph, sparql, fmt, System.out);
        System.out.flush();
        return 0;
    }

    private String readQuery() throws IOException {
        if (file.equals("-")) return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        Path path = Path.of(file);
        if (!Files.exists(path)) throw new UserError("genai-kg query: " + file + " does not exist");
        if (Files.isDirectory(path)) throw new UserError("genai-kg query: " + file + " is a folder, not a query file");
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError("genai-kg query: " + file + " is not UTF-8 text; save it as UTF-8");
        }
    }
}
