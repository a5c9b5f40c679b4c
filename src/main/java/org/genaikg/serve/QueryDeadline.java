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
 */
final class QueryDeadline {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();
    private static final int CHECK_EVERY = 256;

    private QueryDeadline() {}

    static void start(long timeoutMillis) {
        DEADLINE.set(System.nanoTime() + timeoutMillis * 1_000_000L);
    }

    static void clear() {
        DEADLINE.remove();
    }

    static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() > deadline) throw new QueryCancelledException();
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
