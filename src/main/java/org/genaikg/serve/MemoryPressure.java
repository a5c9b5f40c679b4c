package org.genaikg.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Whether the heap is nearly full of live data — measured after garbage collection, so garbage awaiting a
 * collection does not count. Queries check it as they run and stop with a 503 rather than let the server die of
 * OutOfMemoryError: the caps on rows, triples and strings bound each answer, this bounds what is left (a huge
 * join table, a long GROUP_CONCAT).
 */
final class MemoryPressure {
    /** The share of the old generation still in use after a collection at which queries are stopped. */
    static final double SHORT_AFTER_GC = 0.80;
    private final List<MemoryPoolMXBean> pools;

    MemoryPressure() {
        this.pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .filter(p -> p.getUsage().getMax() > 0)
                .toList();
        for (MemoryPoolMXBean pool : pools) {
            long threshold = (long) (pool.getUsage().getMax() * SHORT_AFTER_GC);
            if (pool.getCollectionUsageThreshold() == 0 || pool.getCollectionUsageThreshold() > threshold) {
                pool.setCollectionUsageThreshold(threshold);
            }
        }
    }

    /** True while the last collection left a heap pool above its threshold. */
    boolean isShort() {
        for (MemoryPoolMXBean pool : pools) {
            if (pool.isCollectionUsageThresholdExceeded()) {
                var after = pool.getCollectionUsage();
                if (after != null && after.getUsed() > pool.getCollectionUsageThreshold()) return true;
            }
        }
        return false;
    }
}
