package org.genaikg.serve;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
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
 * {@link #LONG_QUERY_NANOS} gives way. After each slice of {@link #WORK_NANOS} it waits while a younger query
 * request is being handled (up to {@link #MAX_WAIT_NANOS}); so a few runaway queries cannot take the cores from
 * the cheap queries of other clients, yet run at full speed on an idle server and still advance on a busy one.
 */
final class QueryDeadline {
    static final long LONG_QUERY_NANOS = 250_000_000L;
    private static final long WORK_NANOS = 1_000_000L;
    private static final long PAUSE_MILLIS = 5;
    /** The longest wait between two slices, so that a long query still advances on a server that is never idle. */
    private static final long MAX_WAIT_NANOS = 50_000_000L;
    private static final ThreadLocal<Clock> CLOCK = new ThreadLocal<>();
    private static final int CHECK_EVERY = 256;
    /** Query requests in flight, and how many of them are long: the difference is the younger ones to give way to. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger LONG_RUNNING = new AtomicInteger();

    /** When this thread's query started, must end, and last paused. */
    private static final class Clock {
        final long started = System.nanoTime();
        final long deadline;
        long lastPause = started;
        boolean isLong;
        int finds;

        Clock(long timeoutMillis) {
            deadline = started + timeoutMillis * 1_000_000L;
        }
    }

    private QueryDeadline() {}

    /** A query request has arrived: from now until it {@link #left() leaves}, long queries give way to it. */
    static void arrived() {
        IN_FLIGHT.incrementAndGet();
    }

    static void left() {
        IN_FLIGHT.decrementAndGet();
    }

    static void start(long timeoutMillis) {
        clear();
        CLOCK.set(new Clock(timeoutMillis));
    }

    static void clear() {
        Clock clock = CLOCK.get();
        if (clock == null) return;
        CLOCK.remove();
        if (clock.isLong) LONG_RUNNING.decrementAndGet();
    }

    /**
     * Called at every find: a query can make many finds that each return a few triples (a property path does),
     * which the count of iterator steps alone would never bring to a check.
     */
    static void found() {
        Clock clock = CLOCK.get();
        if (clock != null && ++clock.finds % CHECK_EVERY == 0) check(clock);
    }

    static void check() {
        Clock clock = CLOCK.get();
        if (clock != null) check(clock);
    }

    private static void check(Clock clock) {
        long now = System.nanoTime();
        if (now > clock.deadline) throw new QueryCancelledException();
        if (!clock.isLong && now - clock.started > LONG_QUERY_NANOS) {
            clock.isLong = true;
            LONG_RUNNING.incrementAndGet();
        }
        if (clock.isLong && now - clock.lastPause > WORK_NANOS) {
            long waitUntil = Math.min(now + MAX_WAIT_NANOS, clock.deadline);
            while (IN_FLIGHT.get() > LONG_RUNNING.get() && System.nanoTime() < waitUntil) pause();
            clock.lastPause = System.nanoTime();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
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
            found();
            return checked(super.find(t));
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            found();
            return checked(super.find(s, p, o));
        }

        @Override
        public boolean contains(Triple t) {
            found();
            return super.contains(t);
        }

        @Override
        public boolean contains(Node s, Node p, Node o) {
            found();
            return super.contains(s, p, o);
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
