package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The benchmark suites behind {@code genai-kg bench}: where they write, and the command that reproduces them. */
public final class Benchmarks {
    private final Path out;
    private final String command;
    private final PrintStream log;

    public Benchmarks(Path out, String command, PrintStream log) {
        this.out = out;
        this.command = command;
        this.log = log;
    }

    public void build(List<Integer> scales, int repeats, String maxHeap, int shaclMaxScale, long seed)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        BuildBenchmark.Settings s = new BuildBenchmark.Settings(scales, repeats, maxHeap, shaclMaxScale, seed, out.resolve("work"));
        List<BuildBenchmark.Result> results = new BuildBenchmark(s, log).run();
        BenchReport.writeBuild(results, s, out, command);
        log.println("wrote " + out.resolve("build.json") + " and " + out.resolve("build.md"));
    }

    public void endpoint(String url, String label, int durationSeconds, int warmUpSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        new ServeBenchmark(out, command, durationSeconds, 0, log).runAgainst(url, label, warmUpSeconds);
    }

    public void browse() throws IOException, InterruptedException {
        Files.createDirectories(out);
        new BrowseBenchmark(out, command, log).run();
    }

    public void fuseki(Path fusekiJar, Path dumps, int durationSeconds, int turns, int warmUpSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        new FusekiComparison(out, command, durationSeconds, turns, warmUpSeconds, log).run(fusekiJar, dumps);
    }

    /** Every example query evaluated in this JVM, in ARQ's pattern order and in the graph's counts. */
    public void plans() throws IOException {
        Files.createDirectories(out);
        new PlanBenchmark(out, command, log).run();
    }

    public void serve(int durationSeconds, int soakMinutes) throws IOException, InterruptedException {
        Files.createDirectories(out);
        new ServeBenchmark(out, command, durationSeconds, soakMinutes, log).run();
    }
}
