package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.publish.AtomicFolder;
import org.genaikg.query.ExampleQuery;

/**
 * Start-up time and memory, per-query latency (in memory and TDB2), closed-loop load at 1, 8 and 32 clients, and
 * an optional soak with sampled memory — all over HTTP on loopback against servers in their own JVMs.
 */
final class ServeBenchmark {
    private final Path out;
    private final String command;
    private final int duration;
    private final int soakMinutes;
    private final PrintStream log;
    private final StringBuilder md = new StringBuilder();
    private final StringBuilder json = new StringBuilder();

    ServeBenchmark(Path out, String command, int duration, int soakMinutes, PrintStream log) {
        this.out = out;
        this.command = command;
        this.duration = duration;
        this.soakMinutes = soakMinutes;
        this.log = log;
    }

    void run() throws IOException, InterruptedException {
        List<ExampleQuery> queries = ExampleQuery.all(Path.of("queries"));
        if (queries.isEmpty()) throw new IOException("no queries under queries/ to measure");
        List<String> mix = queries.stream().map(ExampleQuery::text).toList();
        md.append("# Serving benchmark\n\nMachine: ").append(BenchReport.machine()).append("  \nCommand: `")
                .append(command).append("`  \nAll traffic on loopback; servers run in their own JVMs with the default "
                        + "heap; the load generator runs in the harness JVM. Each section says whether the query-result cache was on.\n\n");
        json.append("{\n  \"machine\": \"").append(BenchReport.machine()).append("\",\n  \"command\": \"").append(command)
                .append("\",\n");

        try (ServerProcess server = ServerProcess.start(out.resolve("serve-build.log"), "--max-concurrent", "64")) {
            long rss = server.residentMb();
            section("Start-up", String.format(Locale.ROOT, "`serve` (build from data/, SHACL, dumps, then serve): "
                    + "first query answered %.2f s after JVM start; resident memory %d MB.", server.startupSeconds, rss));
            json.append(String.format(Locale.ROOT, "  \"startupBuildSeconds\": %.3f,\n  \"startupBuildRssMb\": %d,\n",
                    server.startupSeconds, rss));
        }
        try (ServerProcess server = ServerProcess.start(out.resolve("serve-memory.log"), "--max-concurrent", "64", "--dumps", "target/dumps",
                "--cache-mb", "0")) {
            long rss = server.residentMb();
            section("Start-up from dumps", String.format(Locale.ROOT, "`serve --dumps target/dumps`: first query answered "
                    + "%.2f s after JVM start; resident memory %d MB.", server.startupSeconds, rss));
            json.append(String.format(Locale.ROOT, "  \"startupDumpsSeconds\": %.3f,\n  \"startupDumpsRssMb\": %d,\n",
                    server.startupSeconds, rss));
            perQuery("in memory, cache off (every query evaluated)", server.baseUrl + "/kg/sparql", queries, "memory");
            load("in memory, cache off", "memoryNoCache", server.baseUrl + "/kg/sparql", mix);
        }
        try (ServerProcess server = ServerProcess.start(out.resolve("serve-cached.log"), "--max-concurrent", "64", "--dumps", "target/dumps")) {
            load("in memory, cache on (as deployed)", "memoryCached", server.baseUrl + "/kg/sparql", mix);
            if (soakMinutes > 0) soak(server, mix);
        }
        Path tdb = out.resolve("tdb2");
        AtomicFolder.deleteTree(tdb);
        try (ServerProcess server = ServerProcess.start(out.resolve("serve-tdb2.log"), "--max-concurrent", "64", "--dumps", "target/dumps",
                "--tdb2", tdb.toString(), "--cache-mb", "0")) {
            perQuery("TDB2, cache off", server.baseUrl + "/kg/sparql", queries, "tdb2");
        }
        json.append("  \"done\": true\n}\n");
        Files.writeString(out.resolve("serve.md"), md);
        Files.writeString(out.resolve("serve.json"), json);
        log.println("wrote " + out.resolve("serve.json") + " and " + out.resolve("serve.md"));
    }

    /** Per-query latency and load against any SPARQL endpoint, for side-by-side comparison with other stores. */
    void runAgainst(String endpointUrl, String label, int warmUpSeconds) throws IOException, InterruptedException {
        List<ExampleQuery> queries = ExampleQuery.all(Path.of("queries"));
        md.append("# Endpoint benchmark: ").append(label).append("\n\nMachine: ").append(BenchReport.machine())
                .append("  \nEndpoint: ").append(endpointUrl).append("  \nCommand: `").append(command).append("`  \n")
                .append(warmUpSeconds > 0 ? "Measured after a warm-up, not counted: " + warmUpSeconds + " s of the query mix "
                        + "at 8 clients.\n\n" : "No warm-up: measured from the first query.\n\n");
        json.append("{\n  \"label\": \"").append(label).append("\",\n  \"endpoint\": \"").append(endpointUrl)
                .append("\",\n  \"machine\": \"").append(BenchReport.machine()).append("\",\n  \"warmUpSeconds\": ")
                .append(warmUpSeconds).append(",\n");
        if (warmUpSeconds > 0) {
            LoadGenerator.Outcome w = new LoadGenerator(endpointUrl, queries.stream().map(ExampleQuery::text).toList())
                    .run(8, warmUpSeconds);
            log.printf(Locale.ROOT, "warm-up %d s: %.0f q/s, %d errors%n", warmUpSeconds, w.throughput(), w.errors());
        }
        perQuery(label, endpointUrl, queries, label);
        load(label, "load", endpointUrl, queries.stream().map(ExampleQuery::text).toList());
        json.append("  \"done\": true\n}\n");
        Files.writeString(out.resolve("endpoint-" + label + ".md"), md);
        Files.writeString(out.resolve("endpoint-" + label + ".json"), json);
        log.println("wrote " + out.resolve("endpoint-" + label + ".json"));
    }

    private void perQuery(String title, String endpoint, List<ExampleQuery> queries, String key) {
        LoadGenerator gen = new LoadGenerator(endpoint, List.of());
        md.append("## Per-query latency, ").append(title).append("\n\n30 timed runs after 3 warm-ups, one client.\n\n"
                + "| query | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n");
        json.append("  \"perQuery_").append(key).append("\": [\n");
        List<String> rows = new ArrayList<>();
        for (ExampleQuery q : queries) {
            try {
                gen.timeQuery(q.text(), 3);
                List<Double> ms = gen.timeQuery(q.text(), 30);
                LoadGenerator.Outcome o = new LoadGenerator.Outcome(1, 1, ms, 0);
                md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", q.name(), o.percentile(50),
                        o.percentile(95), o.percentile(99)));
                rows.add(String.format(Locale.ROOT, "    {\"query\": \"%s\", \"p50\": %.2f, \"p95\": %.2f, \"p99\": %.2f}",
                        q.name(), o.percentile(50), o.percentile(95), o.percentile(99)));
            } catch (Exception e) {
                md.append("| ").append(q.name()).append(" | failed: ").append(e.getMessage()).append(" | | |\n");
            }
        }
        json.append(String.join(",\n", rows)).append("\n  ],\n");
        md.append('\n');
        log.println("measured " + queries.size() + " queries (" + title + ")");
    }

    private void load(String title, String key, String endpoint, List<String> mix) throws InterruptedException {
        md.append("## Load, ").append(title).append(": the query mix, closed loop, ").append(duration)
                .append(" s per level\n\n"
                + "| clients | queries/s | p50 ms | p95 ms | p99 ms | errors |\n|---:|---:|---:|---:|---:|---:|\n");
        json.append("  \"").append(key).append("\": [\n");
        List<String> rows = new ArrayList<>();
        LoadGenerator gen = new LoadGenerator(endpoint, mix);
        for (int clients : List.of(1, 8, 32)) {
            LoadGenerator.Outcome o = gen.run(clients, duration);
            md.append(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f | %.1f | %d |%n", clients, o.throughput(),
                    o.percentile(50), o.percentile(95), o.percentile(99), o.errors()));
            rows.add(String.format(Locale.ROOT, "    {\"clients\": %d, \"qps\": %.1f, \"p50\": %.2f, \"p95\": %.2f, "
                    + "\"p99\": %.2f, \"errors\": %d}", clients, o.throughput(), o.percentile(50), o.percentile(95),
                    o.percentile(99), o.errors()));
            log.printf(Locale.ROOT, "load %2d clients: %.0f q/s, p99 %.1f ms, %d errors%n", clients, o.throughput(),
                    o.percentile(99), o.errors());
        }
        json.append(String.join(",\n", rows)).append("\n  ],\n");
        md.append('\n');
    }

    private void soak(ServerProcess server, List<String> mix) throws InterruptedException {
        LoadGenerator gen = new LoadGenerator(server.baseUrl + "/kg/sparql", mix);
        List<Long> rss = new ArrayList<>();
        long errors = 0;
        long answered = 0;
        int rounds = soakMinutes * 6;
        for (int i = 0; i < rounds; i++) {
            LoadGenerator.Outcome o = gen.run(8, 10);
            errors += o.errors();
            answered += o.latenciesMs().size();
            try {
                rss.add(server.residentMb());
            } catch (IOException e) {
                rss.add(-1L);
            }
        }
        section("Soak", String.format(Locale.ROOT, "%d minutes of the mix at 8 clients: %,d queries answered, %d errors; "
                + "resident memory sampled every 10 s (MB): %s.", soakMinutes, answered, errors, rss));
        json.append(String.format(Locale.ROOT, "  \"soak\": {\"minutes\": %d, \"answered\": %d, \"errors\": %d, \"rssMb\": %s},%n",
                soakMinutes, answered, errors, rss));
    }

    private void section(String title, String text) {
        md.append("## ").append(title).append("\n\n").append(text).append("\n\n");
        log.println(title + ": " + text);
    }
}
