package org.genaikg.serve.limits;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How many queries run at once on the whole server, and who goes next. At most {@code slots} queries execute at a
 * time, fewer than the server has workers, so pages, search and {@code /$/ping} always find one free. A query that
 * finds every slot taken waits, for a little longer than one time-out (by then every running query has ended), in a
 * queue of bounded length; when a slot frees it goes to the waiting query whose client address has the fewest queries
 * in flight, running or waiting (the longest-waiting among equals). A handful of addresses sending heavy queries
 * therefore share the slots with everyone else rather than hold them: a client asking one query at a time is served
 * at the next free slot, ahead of those that queue many.
 */
public final class QueryGate {
    private final int slots;
    private final int maxWaiting;
    private final Map<String, Integer> running = new HashMap<>();
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int inUse;

    public QueryGate(int slots, int maxWaiting) {
        if (slots < 1) throw new IllegalArgumentException("slots: must be at least 1: " + slots);
        if (maxWaiting < 0) throw new IllegalArgumentException("maxWaiting: must not be negative: " + maxWaiting);
        this.slots = slots;
        this.maxWaiting = maxWaiting;
    }

    /** A slot held by one query; closing it gives the slot to the next in line. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** Thrown when no slot came free in time, or the queue is full. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException(String message) {
            super(message);
        }
    }

    private static final class Waiter {
        final String client;
        boolean granted;

        Waiter(String client) {
            this.client = client;
        }
    }

    /** Takes a slot for a query from {@code client}, waiting at most {@code maxWaitMillis}. */
    public Slot acquire(String client, long maxWaitMillis) throws InterruptedException {
        synchronized (this) {
            if (inUse < slots && waiting.isEmpty()) {
                take(client);
                return () -> release(client);
            }
            if (waiting.size() >= maxWaiting) {
                throw new BusyException("The server is running as many queries as it can and " + maxWaiting
                        + " more are waiting. Retry in a few seconds.");
            }
            Waiter me = new Waiter(client);
            waiting.addLast(me);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
            try {
                while (!me.granted) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        waiting.remove(me);
                        throw new BusyException("The server stayed busy with other queries for " + maxWaitMillis / 1000
                                + " s. Retry in a few seconds.");
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                if (me.granted) release(client);
                else waiting.remove(me);
                throw e;
            }
            return () -> release(client);
        }
    }

    private void take(String client) {
        inUse++;
        running.merge(client, 1, Integer::sum);
    }

    private synchronized void release(String client) {
        inUse--;
        running.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
        Map<String, Integer> inFlight = new HashMap<>(running);
        for (Waiter w : waiting) inFlight.merge(w.client, 1, Integer::sum);
        Waiter next = null;
        int fewest = Integer.MAX_VALUE;
        for (Waiter w : waiting) {
            int n = inFlight.get(w.client);
            if (n < fewest) {
                fewest = n;
                next = w;
            }
        }
        if (next != null) {
            waiting.remove(next);
            next.granted = true;
            take(next.client);
            notifyAll();
        }
    }

    /** Queries running now (for tests and the log). */
    synchronized int running() {
        return inUse;
    }
}
