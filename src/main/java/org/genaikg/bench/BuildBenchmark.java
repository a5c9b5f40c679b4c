package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.publish.AtomicFolder;

/**
 * Times {@code build} (with and without SHACL) against the streaming floor on seeded synthetic tables at several
 * multiples of the real data, each run in a fresh JVM, and writes {@code build.json} and {@code build.md}.
 */
public final class BuildBenchmark {
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\"?)([^,\"}]*)\\2");

    /** One configuration: the scales, repeats per figure, heap limit of each run, and the largest scale with SHACL. */
    public record Settings(List<Integer> scales, int repeats, String maxHeap, int shaclMaxScale, long seed, Path work) {}

    /** The medians of one kind of run at one scale. */
    public record Result(int scale, String kind, long rows, long triples, double wallSeconds, double minSeconds,
                         double maxSeconds, long peakHeapBytes, boolean completed) {}

    private final Settings settings;
    private final PrintStream log;

    public BuildBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public List<Result> run() throws IOException, InterruptedException {
        List<Result> results = new ArrayList<>();
        for (int scale : settings.scales()) {
            Path data = settings.work().resolve("tables-x" + scale);
            long rows = SyntheticTables.generate(Path.of("data"), data, scale, settings.seed());
            log.printf(Locale.ROOT, "x%d: %d rows of synthetic tables in %s%n", scale, rows, data);
            for (String kind : List.of("floor", "build-noshacl", "build")) {
                if (kind.equals("build") && scale > settings.shaclMaxScale()) continue;
                Result r = measure(scale, kind, data, rows);
                results.add(r);
                log.printf(Locale.ROOT, "  %-14s %8.2f s (min %.2f, max %.2f)  %,d triples  peak heap %,d MB%s%n", kind,
                        r.wallSeconds(), r.minSeconds(), r.maxSeconds(), r.triples(), r.peakHeapBytes() >> 20,
                        r.completed() ? "" : "  DID NOT COMPLETE within -Xmx" + settings.maxHeap());
            }
            AtomicFolder.deleteTree(data);
        }
        return results;
    }

    private Result measure(int scale, String kind, Path data, long rows) throws IOException, InterruptedException {
        double[] seconds = new double[settings.repeats()];
        long triples = 0;
        long peak = 0;
        boolean completed = true;
        for (int i = 0; i < settings.repeats(); i++) {
            Path out = settings.work().resolve("out-" + kind + (kind.equals("floor") ? ".nt" : ""));
            AtomicFolder.deleteTree(out);
            List<String> cmd = new ArrayList<>(List.of(javaBinary(), "-Xmx" + settings.maxHeap(), "-cp", classPath(),
                    MeasuredRun.class.getName(), kind, data.toString(), out.toString()));
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                completed = false;
                log.println("    run failed (exit " + exit + "): " + lastLine(output));
                break;
            }
            Map<String, String> json = parse(lastLine(output));
            triples = Long.parseLong(json.get("triples"));
            peak = Math.max(peak, Long.parseLong(json.get("peakHeapBytes")));
            AtomicFolder.deleteTree(out);
        }
        double[] done = completed ? seconds : Arrays.copyOf(seconds, 1);
        Arrays.sort(done);
        return new Result(scale, kind, rows, triples, done[done.length / 2], done[0], done[done.length - 1], peak, completed);
    }

    static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines[lines.length - 1];
    }

    static Map<String, String> parse(String json) {
        Map<String, String> m = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) m.put(matcher.group(1), matcher.group(3));
        return m;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        return System.getProperty("java.class.path");
    }
}
