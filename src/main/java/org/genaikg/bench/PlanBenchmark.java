package org.genaikg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.mem2.GraphMem2Roaring;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import org.genaikg.query.ExampleQuery;
import org.genaikg.dataset.ReadModel;
import org.genaikg.serve.limits.GraphStatsReorder;
import org.genaikg.serve.limits.QueryLimits;

/**
 * Each example query evaluated in this JVM, without HTTP, parsing or writing: the cost of the evaluation itself, under
 * the server's limits — with ARQ's fixed pattern order, with the order from the graph's counts, and with that order
 * over Jena's other in-memory graph ({@code GraphMem2Roaring}) — in turn, so that all see the same JVM and machine.
 * Reports each query's median and the sums.
 */
final class PlanBenchmark {
    private static final int WARM_UPS = 20;
    private static final int RUNS = 60;
    private final Path out;
    private final String command;
    private final PrintStream log;

    PlanBenchmark(Path out, String command, PrintStream log) {
        this.out = out;
        this.command = command;
        this.log = log;
    }

    void run() throws IOException {
        Graph graph = new Pipeline(BuildConfig.defaults(), StageLog.silent()).check().graph();
        // as served: with the text index and the full DESCRIBE in the dataset's context
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        ReadModel.attachTo(dataset);
        Graph roaringGraph = new GraphMem2Roaring();
        graph.find().forEachRemaining(roaringGraph::add);
        DatasetGraph roaring = DatasetGraphFactory.wrap(roaringGraph);
        ReadModel.attachTo(roaring);
        QueryLimits fixed = new QueryLimits(30, 10_000, 1 << 20, Set.of());
        QueryLimits counted = new QueryLimits(30, 10_000, 1 << 20, Set.of(), GraphStatsReorder.of(graph));
        StringBuilder md = new StringBuilder("# Evaluation of the example queries, in process\n\n")
                .append("Machine: ").append(BenchReport.machine()).append("  \nCommand: `").append(command).append("`\n\n")
                .append(WARM_UPS).append(" warm-ups, then ").append(RUNS).append(" runs of each order, alternating; ")
                .append("the median in ms. The built graph is a `").append(graph.getClass().getSimpleName())
                .append("`.\n\n| query | ARQ's fixed order | the graph's counts | counts, `GraphMem2Roaring` |\n")
                .append("|---|---:|---:|---:|\n");
        double sumFixed = 0;
        double sumCounted = 0;
        double sumRoaring = 0;
        int faster = 0;
        List<ExampleQuery> queries = ExampleQuery.all(Path.of("queries"));
        for (ExampleQuery q : queries) {
            Query query = QueryFactory.create(q.text());
            for (int i = 0; i < WARM_UPS; i++) {
                time(fixed, dataset, query);
                time(counted, dataset, query);
                time(counted, roaring, query);
            }
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            List<Long> c = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                a.add(time(fixed, dataset, query));
                b.add(time(counted, dataset, query));
                c.add(time(counted, roaring, query));
            }
            double ma = median(a);
            double mb = median(b);
            double mc = median(c);
            sumFixed += ma;
            sumCounted += mb;
            sumRoaring += mc;
            if (mb < ma) faster++;
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", q.name(), ma, mb, mc));
        }
        md.append('\n').append(phases(queries, dataset, counted));
        String summary = String.format(Locale.ROOT, "Sum of the medians: %.1f ms in ARQ's fixed order, %.1f ms in the "
                + "graph's counts (faster on %d of %d queries), %.1f ms in the counts over GraphMem2Roaring.", sumFixed,
                sumCounted, faster, queries.size(), sumRoaring);
        md.append('\n').append(summary).append('\n');
        Files.writeString(out.resolve("plans.md"), md.toString(), StandardCharsets.UTF_8);
        log.println(summary);
        log.println("wrote " + out.resolve("plans.md"));
    }

    /**
     * Where a query's own time goes, for the ten that take longest: parsing its text, evaluating it (optimising
     * included), writing its answer as SPARQL JSON (with ARQ's writer, as Fuseki does). Medians of 30 runs.
     */
    private static String phases(List<ExampleQuery> queries, DatasetGraph dataset, QueryLimits limits) {
        record Phases(String name, double parse, double evaluate, double write) {
            double total() {
                return parse + evaluate + write;
            }
        }
        List<Phases> all = new ArrayList<>();
        for (ExampleQuery q : queries) {
            List<Long> parse = new ArrayList<>();
            List<Long> evaluate = new ArrayList<>();
            List<Long> write = new ArrayList<>();
            for (int i = 0; i < WARM_UPS + 30; i++) {
                long t0 = System.nanoTime();
                Query query = QueryFactory.create(q.text());
                long t1 = System.nanoTime();
                Object answer;
                try (QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset).build()) {
                    answer = query.isSelectType() ? org.apache.jena.sparql.exec.RowSetMem.create(exec.select())
                            : query.isAskType() ? (Object) exec.ask()
                            : query.isConstructType() ? exec.construct() : exec.describe();
                }
                long t2 = System.nanoTime();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                if (answer instanceof org.apache.jena.sparql.exec.RowSet rows) {
                    org.apache.jena.sparql.resultset.ResultsWriter.create()
                            .lang(org.apache.jena.riot.resultset.ResultSetLang.RS_JSON).write(out, rows);
                } else if (answer instanceof Graph g) {
                    org.apache.jena.riot.RDFWriter.source(g).lang(org.apache.jena.riot.Lang.TURTLE).output(out);
                }
                long t3 = System.nanoTime();
                if (i < WARM_UPS) continue;
                parse.add(t1 - t0);
                evaluate.add(t2 - t1);
                write.add(t3 - t2);
            }
            all.add(new Phases(q.name(), median(parse), median(evaluate), median(write)));
        }
        all.sort(java.util.Comparator.comparingDouble(Phases::total).reversed());
        StringBuilder md = new StringBuilder("## Where the ten slowest spend their time\n\n")
                .append("Parse, evaluate (with the server's limits and the counted order), write as SPARQL JSON; ")
                .append("medians of 30 runs, ms.\n\n| query | parse | evaluate | write | total |\n|---|---:|---:|---:|---:|\n");
        for (Phases p : all.subList(0, Math.min(10, all.size()))) {
            md.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f |%n", p.name(), p.parse(), p.evaluate(),
                    p.write(), p.total()));
        }
        return md.toString();
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static long time(QueryLimits limits, DatasetGraph dataset, Query query) {
        long start = System.nanoTime();
        try (QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset).build()) {
            if (query.isSelectType()) exec.select().forEachRemaining(row -> {});
            else if (query.isAskType()) exec.ask();
            else if (query.isConstructType()) exec.construct();
            else exec.describe();
        }
        return System.nanoTime() - start;
    }
}
