package org.genaikg.serve;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * A deadline for the query running on this thread, enforced where every query reads data: the graph's find.
 * ARQ's own time-out does not reach into every operator (a full sort, for one, reads its whole input without
 * looking), so the served dataset checks the deadline itself and cancels the query as ARQ would.
 *
 * <p>The same checks keep long queries from starving short ones: a query that has run for longer than
 * {@link #LONG_QUERY_NANOS} pauses as long as it works, so a few runaway queries cannot take every core
 * from the cheap queries of other clients.
 */
final class QueryDeadline {
    static final long LONG_QUERY_NANOS = 250_000_000L;
    private static final long SLICE_NANOS = 5_000_000L;
    private static final ThreadLocal<Clock> CLOCK = new ThreadLocal<>();
    private static final int CHECK_EVERY = 256;

    /** When this thread's query started, must end, and last paused. */
    private static final class Clock {
        final long started = System.nanoTime();
        final long deadline;
        long lastPause = started;

        Clock(long timeoutMillis) {
            deadline = started + timeoutMillis * 1_000_000L;
        }
    }

    private QueryDeadline() {}

    static void start(long timeoutMillis) {
        CLOCK.set(new Clock(timeoutMillis));
    }

    static void clear() {
        CLOCK.remove();
    }

    static void check() {
        Clock clock = CLOCK.get();
        if (clock == null) return;
        long now = System.nanoTime();
        if (now > clock.deadline) throw new QueryCancelledException();
        if (now - clock.started > LONG_QUERY_NANOS && now - clock.lastPause > SLICE_NANOS) {
            try {
                Thread.sleep(SLICE_NANOS / 1_000_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryCancelledException();
            }
            clock.lastPause = System.nanoTime();
        }
    }

    /**
     * A one-graph dataset over the dataset's default graph, read through deadline checks. (A dataset wrapper
     * would not do: query engines look through wrappers to the dataset they wrap.)
     */
    static DatasetGraph guard(DatasetGraph dataset) {
        DatasetGraph guarded = DatasetGraphFactory.wrap(new CheckedGraph(dataset.getDefaultGraph()));
        guarded.getContext().putAll(dataset.getContext());
        return guarded;
    }

    private static final class CheckedGraph extends GraphWrapper {
        CheckedGraph(Graph graph) {
            super(graph);
        }

        @Override
        public ExtendedIterator<Triple> find(Triple t) {
            return checked(super.find(t));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return checked(super.find(s, p, o));
        }
    }

    private static <T> ExtendedIterator<T> checked(Iterator<T> base) {
        return new NiceIterator<T>() {
            private int calls;

            @Override
            public boolean hasNext() {
                if (++calls % CHECK_EVERY == 0) check();
                return base.hasNext();
            }

            @Override
            public T next() {
                return base.next();
            }

            @Override
            public void close() {
                NiceIterator.close(base);
            }
        };
    }
}
