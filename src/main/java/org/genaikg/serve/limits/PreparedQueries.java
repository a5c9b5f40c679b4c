package org.genaikg.serve.limits;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.engine.QueryEngineRegistry;

/**
 * Queries by their text, parsed and judged by the {@link QueryGuard} once: the graph, the prefixes and the guard never
 * change while a server runs, so a text asked again gets the same verdict and the same query object, already capped.
 * That object is shared by every execution of the text and never changed after it is prepared (ARQ compiles and runs
 * a query without changing it; what it would compute lazily, the result variables, is computed here). Parsing, the
 * guard's walk and copying a query for each use were a tenth of the server's time on a small query. Its algebra is
 * kept too, compiled when it is prepared and optimised at its first run ({@link PlannedQueryEngine}): optimising was
 * another tenth. Bounded: the most recently used entries, of texts up to a size; a text that does not parse is never
 * kept.
 */
public final class PreparedQueries {
    /** A query ready to run, whether its rows were capped and its plan, or why it may not run. */
    public record Prepared(Query query, Optional<String> refusal, boolean capped, Plan plan) {
        static Prepared refused(String why) {
            return new Prepared(null, Optional.of(why), false, null);
        }
    }

    /**
     * A prepared query's algebra: compiled once, and optimised once by the first execution, with the server's
     * optimiser (every execution of one server optimises alike). Shared by every execution; never changed.
     */
    public static final class Plan {
        private final Op compiled;
        private volatile Op optimised;

        Plan(Op compiled) {
            this.compiled = compiled;
        }

        Op compiled() {
            return compiled;
        }

        boolean isOptimised() {
            return optimised != null;
        }

        /** The optimised algebra, made by {@code optimiser} the first time. */
        Op optimised(Function<Op, Op> optimiser) {
            Op done = optimised;
            if (done == null) {
                done = optimiser.apply(compiled);
                optimised = done;
            }
            return done;
        }
    }

    private final QueryGuard guard;
    private final Function<String, Query> parser;
    private final int maxChars;
    private final Map<String, Prepared> recent;
    /** The plans of the queries in {@link #recent}, by the query object an execution is given. */
    private final Map<Query, Plan> plans = new IdentityHashMap<>();
    private final QueryEngineRegistry engines;

    /**
     * Prepares with {@code parser} (which throws ARQ's exception for a text that does not parse) and {@code guard};
     * keeps the {@code maxEntries} most recently used texts of up to {@code maxChars}.
     */
    public PreparedQueries(QueryGuard guard, Function<String, Query> parser, int maxEntries, int maxChars) {
        this.guard = guard;
        this.parser = parser;
        this.maxChars = maxChars;
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
                boolean evict = size() > maxEntries;
                if (evict && eldest.getValue().query() != null) plans.remove(eldest.getValue().query());
                return evict;
            }
        };
        this.engines = QueryEngineRegistry.get().copy();
        engines.add(PlannedQueryEngine.factory(this));
    }

    /**
     * The query engines an execution of a prepared query on this server uses, for its context: ARQ's, and before
     * them the one that takes the prepared plan.
     */
    public QueryEngineRegistry engines() {
        return engines;
    }

    /** The plan of {@code query} when it is a prepared query still kept here, or null. */
    Plan planOf(Query query) {
        synchronized (recent) {
            return plans.get(query);
        }
    }

    /** {@code text} parsed, judged and capped; the query of the answer must not be changed. */
    public Prepared prepare(String text) {
        boolean kept = text.length() <= maxChars;
        if (kept) {
            synchronized (recent) {
                Prepared known = recent.get(text);
                if (known != null) return known;
            }
        }
        // the nesting check comes before the parser, whose recursion a deeply nested text could exhaust
        Optional<String> nesting = QueryGuard.refusalOfText(text);
        Prepared prepared = nesting.isPresent() ? Prepared.refused(nesting.get()) : judge(parser.apply(text));
        if (kept) {
            synchronized (recent) {
                Prepared earlier = recent.put(text, prepared);
                if (earlier != null && earlier.query() != null) plans.remove(earlier.query());
                if (prepared.query() != null) plans.put(prepared.query(), prepared.plan());
            }
        }
        return prepared;
    }

    private Prepared judge(Query query) {
        query.setResultVars();
        Optional<String> refusal = guard.refusal(query);
        if (refusal.isPresent()) return Prepared.refused(refusal.get());
        boolean capped = guard.capRows(query);
        return new Prepared(query, Optional.empty(), capped, new Plan(Algebra.compile(query)));
    }
}
