package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaikg.query.ExampleQuery;

/**
 * genai-kg and plain Fuseki 5.6.0 side by side in one run: both serve the same N-Triples dump, each in its own JVM,
 * genai-kg's cache off so every query is evaluated. After the same warm-up, each example query is timed on one
 * client against one server then the other, and both take turns under the same closed-loop load (the query mix at 8
 * clients). Queries and turns alternate, so that drift on a shared machine falls on both alike; each side's load
 * figure is the median of its turns.
 */
final class FusekiComparison {
    private static final String TEXT_SEARCH = "<http://jena.apache.org/text#>";
    static final int CLIENTS = 8;
    private final Path out;
    private final String command;
    private final int duration;
    private final int turns;
    private final int warmUp;
    private final PrintStream log;

    FusekiComparison(Path out, String command, int duration, int turns, int warmUp, PrintStream log) {
        this.out = out;
        this.command = command;
        this.duration = duration;
        this.turns = turns;
        this.warmUp = warmUp;
        this.log = log;
    }

    /** One query's median on each server, one client. */
    private record QueryTimes(String query, double ours, double plain) {}

    void run(Path fusekiJar, Path dumps) throws IOException, InterruptedException {
        if (!Files.isRegularFile(fusekiJar)) {
            throw new IOException("no Fuseki server jar at " + fusekiJar + ": fetch it with `mvn dependency:get "
                    + "-Dartifact=org.apache.jena:jena-fuseki-server:5.6.0` or give --fuseki-jar");
        }
        Path dump = dumps.resolve("genai-kg.nt");
        // plain Fuseki has no text index: a text:query there answers nothing at no cost, so it is left out of both mixes
        List<ExampleQuery> queries = ExampleQuery.all(Path.of("queries")).stream()
                .filter(q -> !q.text().contains(TEXT_SEARCH)).toList();
        List<String> mix = queries.stream().map(ExampleQuery::text).toList();
        List<LoadGenerator.Outcome> ours = new ArrayList<>();
        List<LoadGenerator.Outcome> plain = new ArrayList<>();
        List<QueryTimes> times = new ArrayList<>();
        try (ServerProcess gkg = ServerProcess.start(out.resolve("fuseki-cmp-genai-kg.log"), "--max-concurrent", "64", "--dumps", dumps.toString(),
                "--cache-mb", "0");
             ServerProcess fuseki = ServerProcess.startFuseki(fusekiJar, dump, out.resolve("fuseki-cmp-fuseki.log"))) {
            LoadGenerator gkgLoad = new LoadGenerator(gkg.baseUrl + "/kg/sparql", mix);
            LoadGenerator fusekiLoad = new LoadGenerator(fuseki.baseUrl + "/kg/sparql", mix);
            if (warmUp > 0) { // the JIT compiles each server's query path
                gkgLoad.run(CLIENTS, warmUp);
                fusekiLoad.run(CLIENTS, warmUp);
            }
            LoadGenerator gkgOne = new LoadGenerator(gkg.baseUrl + "/kg/sparql", List.of());
            LoadGenerator fusekiOne = new LoadGenerator(fuseki.baseUrl + "/kg/sparql", List.of());
            for (ExampleQuery q : queries) {
                try {
                    gkgOne.timeQuery(q.text(), 3);
                    fusekiOne.timeQuery(q.text(), 3);
                    times.add(new QueryTimes(q.name(), medianMs(gkgOne.timeQuery(q.text(), 30)),
                            medianMs(fusekiOne.timeQuery(q.text(), 30))));
                } catch (Exception e) {
                    log.println("not timed: " + q.name() + ": " + e.getMessage());
                }
            }
            for (int t = 0; t < turns; t++) {
                ours.add(report("genai-kg", gkgLoad.run(CLIENTS, duration)));
                plain.add(report("fuseki", fusekiLoad.run(CLIENTS, duration)));
            }
        }
        write(median(ours), median(plain), times);
    }

    private static double medianMs(List<Double> sorted) {
        return sorted.get(sorted.size() / 2);
    }

    private LoadGenerator.Outcome report(String who, LoadGenerator.Outcome o) {
        log.printf(Locale.ROOT, "%-8s %d clients: %.0f q/s, p50 %.1f ms, p99 %.1f ms, %d errors%n", who, CLIENTS,
                o.throughput(), o.percentile(50), o.percentile(99), o.errors());
        return o;
    }

    /** The turn with the median throughput. */
    private static LoadGenerator.Outcome median(List<LoadGenerator.Outcome> turns) {
        List<LoadGenerator.Outcome> sorted = new ArrayList<>(turns);
        sorted.sort((a, b) -> Double.compare(a.throughput(), b.throughput()));
        return sorted.get(sorted.size() / 2);
    }

    private void write(LoadGenerator.Outcome ours, LoadGenerator.Outcome plain, List<QueryTimes> times) throws IOException {
        StringBuilder perQuery = new StringBuilder("| query | genai-kg p50 ms | Fuseki p50 ms | genai-kg / Fuseki |\n"
                + "|---|---:|---:|---:|\n");
        double sumOurs = 0;
        double sumPlain = 0;
        int faster = 0;
        for (QueryTimes t : times) {
            perQuery.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", t.query(), t.ours(), t.plain(),
                    t.ours() / t.plain()));
            sumOurs += t.ours();
            sumPlain += t.plain();
            if (t.ours() <= t.plain()) faster++;
        }
        String row = "| %s | %.0f | %.1f | %.1f | %.1f | %d |%n";
        String md = "# genai-kg and plain Fuseki 5.6.0, side by side\n\nMachine: " + BenchReport.machine()
                + "  \nCommand: `" + command + "`  \nThe example queries but the text search (plain Fuseki has no text "
                + "index), form-POSTed; genai-kg with its cache off. "
                + (warmUp > 0 ? "Each server first had " + warmUp + " s of the mix at " + CLIENTS + " clients, not counted. "
                        : "No warm-up. ")
                + "\n\n## Per query, one client\n\n30 timed runs after 3 warm-ups, alternating between the servers query "
                + "by query; the median.\n\n" + perQuery
                + String.format(Locale.ROOT, "%nSum of the medians: genai-kg %.1f ms, Fuseki %.1f ms: **%.2f×**; genai-kg "
                        + "at or below Fuseki on %d of %d queries.%n", sumOurs, sumPlain, sumOurs / sumPlain, faster, times.size())
                + "\n## The mix under load\n\nClosed loop, " + CLIENTS + " clients, " + duration + " s per turn, " + turns
                + " alternating turns each (median turn shown).\n\n| server | queries/s | p50 ms | p95 ms | p99 ms | errors |\n"
                + "|---|---:|---:|---:|---:|---:|\n"
                + String.format(Locale.ROOT, row, "genai-kg", ours.throughput(), ours.percentile(50),
                        ours.percentile(95), ours.percentile(99), ours.errors())
                + String.format(Locale.ROOT, row, "Fuseki 5.6.0 `--file`", plain.throughput(), plain.percentile(50),
                        plain.percentile(95), plain.percentile(99), plain.errors())
                + String.format(Locale.ROOT, "%ngenai-kg / Fuseki: %.2f× the queries per second.%n",
                        ours.throughput() / plain.throughput());
        Files.writeString(out.resolve("fuseki-comparison.md"), md);
        log.print(md);
        log.println("wrote " + out.resolve("fuseki-comparison.md"));
    }
}
