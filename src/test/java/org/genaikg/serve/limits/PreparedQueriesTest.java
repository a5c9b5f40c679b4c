package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.genaikg.RealBuild;
import org.genaikg.query.ExampleQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A query prepared once and shared by every request that sends its text means what it said, however many run it. */
class PreparedQueriesTest {
    private static final int MAX_ROWS = 25;
    private static DatasetGraph dataset;
    private static ExecutorService pool;

    @BeforeAll
    static void serve() {
        dataset = Served.dataset();
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterAll
    static void stop() {
        pool.shutdownNow();
    }

    static List<ExampleQuery> examples() {
        return ExampleQuery.all(Path.of("queries"));
    }

    private static PreparedQueries prepared(Function<String, Query> parser) {
        return new PreparedQueries(new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()), parser, 8, 64 * 1024);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aTextIsPreparedOnceAndAnswersAsAFreshParse(ExampleQuery example) {
        AtomicInteger parses = new AtomicInteger();
        PreparedQueries prepared = prepared(t -> { parses.incrementAndGet(); return QueryFactory.create(t); });
        PreparedQueries.Prepared first = prepared.prepare(example.text());
        PreparedQueries.Prepared second = prepared.prepare(example.text());
        assertEquals(1, parses.get(), "parsed once");
        assertSame(first, second, "the same prepared query");
        assertTrue(first.refusal().isEmpty(), () -> "refused: " + first.refusal());

        Query fresh = QueryFactory.create(example.text());
        boolean capped = new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()).capRows(fresh);
        assertEquals(capped, first.capped());
        assertEquals(fresh.serialize(), first.query().serialize());
        assertEquals(answer(fresh), answer(first.query()));
    }

    /** Every example, each run by four threads at once through its one shared query, gives the fresh answer. */
    @Test
    void executionsAtOnceShareAQueryWithoutChangingIt() throws Exception {
        PreparedQueries prepared = prepared(QueryFactory::create);
        List<Future<String>> runs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (ExampleQuery example : examples()) {
            Query fresh = QueryFactory.create(example.text());
            new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()).capRows(fresh);
            String serialized = prepared.prepare(example.text()).query().serialize();
            for (int i = 0; i < 4; i++) {
                expected.add(answer(fresh));
                runs.add(pool.submit(() -> answer(prepared.prepare(example.text()).query())));
            }
            assertEquals(serialized, prepared.prepare(example.text()).query().serialize());
        }
        for (int i = 0; i < runs.size(); i++) assertEquals(expected.get(i), runs.get(i).get(60, TimeUnit.SECONDS));
    }

    /**
     * Through the server's limits and the engine that runs a prepared query from its kept plan, every example, run by
     * four threads at once and again, gives the answer of a fresh parse run by ARQ's own engine.
     */
    @Test
    void executionsFromTheKeptPlanAnswerAsArqsOwnEngine() throws Exception {
        PreparedQueries prepared = new PreparedQueries(new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()),
                QueryFactory::create, 256, 64 * 1024);
        QueryLimits limits = new QueryLimits(30, MAX_ROWS, 1 << 20, Set.of(), GraphStatsReorder.of(RealBuild.graph()));
        List<Future<String>> runs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (ExampleQuery example : examples()) {
            Query fresh = QueryFactory.create(example.text());
            new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()).capRows(fresh);
            String answer = answer(fresh);
            for (int i = 0; i < 4; i++) {
                expected.add(answer);
                runs.add(pool.submit(() -> {
                    Query shared = prepared.prepare(example.text()).query();
                    try (QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(shared), dataset,
                            prepared).build()) {
                        return answer(exec, shared);
                    }
                }));
            }
        }
        for (int i = 0; i < runs.size(); i++) assertEquals(expected.get(i), runs.get(i).get(60, TimeUnit.SECONDS));
        Query shared = prepared.prepare(examples().get(0).text()).query();
        assertNotSame(org.apache.jena.sparql.engine.main.QueryEngineMain.getFactory(),
                prepared.engines().find(shared, dataset, null), "a prepared query runs from its plan");
        assertSame(prepared.planOf(shared), prepared.prepare(examples().get(0).text()).plan());
        assertTrue(prepared.planOf(shared).isOptimised(), "optimised by its first run, and kept");
    }

    @Test
    void aRefusalIsKeptWithItsText() {
        AtomicInteger parses = new AtomicInteger();
        PreparedQueries prepared = prepared(t -> { parses.incrementAndGet(); return QueryFactory.create(t); });
        String slow = "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"(a+)+$\")) }";
        assertFalse(prepared.prepare(slow).refusal().isEmpty());
        assertFalse(prepared.prepare(slow).refusal().isEmpty());
        assertEquals(1, parses.get());
        String deep = "SELECT * WHERE " + "{".repeat(200) + "}".repeat(200);
        assertTrue(prepared.prepare(deep).refusal().orElseThrow().contains("nested"));
    }

    @Test
    void aTextThatDoesNotParseIsNotKept() {
        AtomicInteger parses = new AtomicInteger();
        PreparedQueries prepared = prepared(t -> { parses.incrementAndGet(); return QueryFactory.create(t); });
        for (int i = 0; i < 2; i++) assertThrows(QueryParseException.class, () -> prepared.prepare("SELECT ?x WHERE {"));
        assertEquals(2, parses.get());
    }

    @Test
    void aLongTextIsPreparedEachTime() {
        AtomicInteger parses = new AtomicInteger();
        PreparedQueries prepared = new PreparedQueries(new QueryGuard(MAX_ROWS, Set.of(), new FunctionAllowList()),
                t -> { parses.incrementAndGet(); return QueryFactory.create(t); }, 8, 40);
        String text = "SELECT ?s WHERE { ?s ?p ?o }  # " + "x".repeat(40);
        assertTrue(prepared.prepare(text).capped());
        prepared.prepare(text);
        assertEquals(2, parses.get());
    }

    private static String answer(Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            return answer(exec, query);
        }
    }

    private static String answer(QueryExec exec, Query query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (query.isSelectType()) ResultSetFormatter.outputAsCSV(out, org.apache.jena.query.ResultSet.adapt(exec.select()));
        else if (query.isAskType()) return String.valueOf(exec.ask());
        else return String.valueOf(exec.construct().size());
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
