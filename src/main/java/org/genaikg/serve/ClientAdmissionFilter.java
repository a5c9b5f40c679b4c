package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits a request to the dataset before anything reads its body: a body longer than any query is refused with
 * 413, and one client address may have at most N requests in progress — the next is answered 429 at once. A client
 * that trickles its bodies therefore holds only its own slots, never the workers other clients need.
 */
final class ClientAdmissionFilter implements Filter {
    private final int maxConcurrent;
    private final long maxBodyBytes;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    /** {@code maxBodyBytes}: the longest body any query request can need (a form-encoded query grows up to 3×). */
    ClientAdmissionFilter(int maxConcurrent, long maxBodyBytes) {
        this.maxConcurrent = maxConcurrent;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > maxBodyBytes) {
            UnreadBodies.discard(request, response, false);
            HttpErrors.send(response, 413, "The request body is longer than " + maxBodyBytes + " bytes.");
            return;
        }
        String client = request.getRemoteAddr();
        AtomicInteger count = running.computeIfAbsent(client, k -> new AtomicInteger());
        if (count.incrementAndGet() > maxConcurrent) {
            release(client, count);
            response.setHeader("Retry-After", "1");
            // the body stays unread: reading it would let a slow sender hold a worker after all
            if (request.getContentLengthLong() != 0) response.setHeader("Connection", "close");
            HttpErrors.send(response, 429, "Too many queries at once from " + client + ": at most " + maxConcurrent
                    + " may run concurrently. Retry after a second.");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            release(client, count);
        }
    }

    /** Forgets an idle client, so the map holds only addresses with requests in progress. */
    private void release(String client, AtomicInteger count) {
        if (count.decrementAndGet() == 0) running.remove(client, count);
    }
}
