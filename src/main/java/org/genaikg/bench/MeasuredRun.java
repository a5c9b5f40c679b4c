package org.genaikg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.BuiltGraph;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;

/**
 * One measured run in its own JVM, so that each figure includes start-up and its own peak heap:
 * {@code MeasuredRun build|build-noshacl|floor DATA OUT}. Prints one JSON line.
 */
public final class MeasuredRun {
    private MeasuredRun() {}

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        long triples;
        long rows = -1;
        switch (kind) {
            case "floor" -> triples = StreamingFloor.convert(data, out);
            case "build", "build-noshacl" -> {
                BuildConfig config = BuildConfig.defaults().withData(data).withOut(out).withShacl(kind.equals("build"));
                BuiltGraph built = new Pipeline(config, StageLog.silent()).build();
                triples = built.graph().size();
                rows = built.rows();
            }
            default -> throw new IllegalArgumentException("unknown run: " + kind);
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "{\"kind\":\"%s\",\"triples\":%d,\"rows\":%d,\"jvmUptimeMs\":%d,\"peakHeapBytes\":%d}%n",
                kind, triples, rows, uptime, peakHeap());
    }

    /** The sum of the peak usage of every heap pool: an upper bound of the live heap at any moment. */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
