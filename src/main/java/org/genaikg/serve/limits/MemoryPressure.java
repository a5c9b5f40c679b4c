package org.genaikg.serve.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the heap is nearly full of live data — measured after garbage collection, so garbage awaiting a
 * collection does not count — and which query to stop then. Queries check it as they run; when the heap is short,
 * the query that has allocated the most since it started is the one stopped (a 503), not whichever query happens to
 * look next: the caps on rows, triples and strings bound each answer, this bounds what is left (a huge join table,
 * a long sort) without making other clients pay for it. It only reads the JVM's memory figures: the threshold is
 * this instance's own, never set on the JVM's memory pools, which other code in the JVM may use.
 */
public final class MemoryPressure {
    /** The share of the old generation still in use after a collection at which queries are stopped. */
    static final double SHORT_AFTER_GC = 0.80;
    private final List<MemoryPoolMXBean> pools;
    private final double shortAfterGc;
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Running queries: the thread each runs on, and what that thread had allocated when the query started. */
    private final Map<Long, Long> running = new ConcurrentHashMap<>();

    /** Short when a heap pool is more than {@code shortAfterGc} (a share) full after its last collection. */
    MemoryPressure(double shortAfterGc) {
        this.shortAfterGc = shortAfterGc;
        this.pools = oldGenerations(ManagementFactory.getMemoryPoolMXBeans());
    }

    /**
     * The heap pools where live data stay: those that support a usage threshold. The young pools (eden and survivor)
     * do not, and must not count: a survivor space is routinely full right after a collection, which says nothing
     * about how much of the heap is live.
     */
    static List<MemoryPoolMXBean> oldGenerations(List<MemoryPoolMXBean> all) {
        return all.stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isUsageThresholdSupported()
                        && p.isCollectionUsageThresholdSupported())
                .filter(p -> p.getUsage().getMax() > 0)
                .toList();
    }

    /** A running query, known to the guard until closed. */
    public interface Tracked extends AutoCloseable {
        @Override
        void close();
    }

    /** Marks the current thread as running a query until the returned handle is closed. */
    Tracked track() {
        long id = Thread.currentThread().getId();
        running.put(id, threads.getThreadAllocatedBytes(id));
        return () -> running.remove(id);
    }

    /** True while the last collection left a heap pool fuller than this guard's share. */
    boolean isShort() {
        for (MemoryPoolMXBean pool : pools) {
            var after = pool.getCollectionUsage();
            long max = pool.getUsage().getMax();
            if (after != null && max > 0 && after.getUsed() > (long) (max * shortAfterGc)) return true;
        }
        return false;
    }

    /**
     * True when the heap is short and the query on the current thread is the one to stop: of the running queries,
     * it has allocated the most since it started (an untracked thread is always stopped).
     */
    boolean mustStopCurrent() {
        if (!isShort()) return false;
        long me = Thread.currentThread().getId();
        Long start = running.get(me);
        if (start == null) return true;
        long mine = threads.getThreadAllocatedBytes(me) - start;
        for (Map.Entry<Long, Long> other : running.entrySet()) {
            if (other.getKey() == me) continue;
            long theirs = threads.getThreadAllocatedBytes(other.getKey()) - other.getValue();
            if (theirs > mine) return false;
        }
        return true;
    }
}
