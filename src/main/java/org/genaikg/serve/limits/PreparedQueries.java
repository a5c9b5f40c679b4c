package org.genaikg.serve.limits;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Query;

/**
 * Queries by their text, parsed and judged by the {@link QueryGuard} once: the graph, the prefixes and the guard never
 * change while a server runs, so a text asked again gets the same verdict and the same query object, already capped.
 * That object is shared by every execution of the text and never changed after it is prepared (ARQ compiles and runs
 * a query without changing it; what it would compute lazily, the result variables, is computed here). Parsing, the
 * guard's walk and copying a query for each use were a tenth of the server's time on a small query. Bounded: the most
 * recently used entries, of texts up to a size; a text that does not parse is never kept.
 */
public final class PreparedQueries {
    /** A query ready to run and whether its rows were capped, or why it may not run. */
    public record Prepared(Query query, Optional<String> refusal, boolean capped) {
        static Prepared refused(String why) {
            return new Prepared(null, Optional.of(why), false);
        }
    }

    private final QueryGuard guard;
    private final Function<String, Query> parser;
    private final int maxChars;
    private final Map<String, Prepared> recent;

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
                return size() > maxEntries;
            }
        };
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
                recent.put(text, prepared);
            }
        }
        return prepared;
    }

    private Prepared judge(Query query) {
        query.setResultVars();
        Optional<String> refusal = guard.refusal(query);
        if (refusal.isPresent()) return Prepared.refused(refusal.get());
        return new Prepared(query, Optional.empty(), guard.capRows(query));
    }
}
