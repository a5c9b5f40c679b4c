package org.genaikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes benchmark results as JSON (for tools) and Markdown (for people), with the machine they ran on. */
final class BenchReport {
    private BenchReport() {}

    static String machine() {
        return String.format(Locale.ROOT, "%d cores, %d MB max heap of the harness, Java %s on %s %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static void writeBuild(List<BuildBenchmark.Result> results, BuildBenchmark.Settings s, Path folder, String command)
            throws IOException {
        Files.createDirectories(folder);
        StringBuilder json = new StringBuilder("{\n  \"machine\": \"" + machine() + "\",\n  \"command\": \""
                + command.replace("\"", "\\\"") + "\",\n  \"maxHeapPerRun\": \"" + s.maxHeap() + "\",\n  \"results\": [\n");
        for (int i = 0; i < results.size(); i++) {
            BuildBenchmark.Result r = results.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"scale\": %d, \"kind\": \"%s\", \"rows\": %d, \"triples\": %d, \"medianSeconds\": %.3f, "
                            + "\"minSeconds\": %.3f, \"maxSeconds\": %.3f, \"peakHeapMB\": %d, \"completed\": %s}%s%n",
                    r.scale(), r.kind(), r.rows(), r.triples(), r.wallSeconds(), r.minSeconds(), r.maxSeconds(),
                    r.peakHeapBytes() >> 20, r.completed(), i + 1 < results.size() ? "," : ""));
        }
        json.append("  ]\n}\n");
        Files.writeString(folder.resolve("build.json"), json);

        StringBuilder md = new StringBuilder("# Build benchmark\n\nMachine: " + machine() + "  \nCommand: `" + command
                + "`  \nEach figure: median of " + s.repeats() + " runs, each in a fresh JVM (start-up included), -Xmx"
                + s.maxHeap() + ". Peak heap is the sum of each heap pool's peak (an upper bound: the pools peak at "
                + "different moments); a run that completes did so within the -Xmx limit.\n\n"
                + "| scale | rows | run | triples | median s | rows/s | triples/s | peak heap MB | × floor |\n"
                + "|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (BuildBenchmark.Result r : results) {
            double floor = results.stream().filter(f -> f.scale() == r.scale() && f.kind().equals("floor"))
                    .mapToDouble(BuildBenchmark.Result::wallSeconds).findFirst().orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "| ×%d | %,d | %s | %,d | %.2f | %,.0f | %,.0f | %,d | %.2f |%n",
                    r.scale(), r.rows(), r.kind() + (r.completed() ? "" : " (failed)"), r.triples(), r.wallSeconds(),
                    r.rows() / r.wallSeconds(), r.triples() / r.wallSeconds(), r.peakHeapBytes() >> 20,
                    r.wallSeconds() / floor));
        }
        Files.writeString(folder.resolve("build.md"), md);
    }
}
