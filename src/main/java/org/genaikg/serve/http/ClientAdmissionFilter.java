package org.genaikg.serve.http;

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
 * Admits a request before anything reads its body: a body longer than any request on these paths needs is refused
 * with 413; one client address may have at most {@code perClient} requests in progress, and all addresses together
 * at most {@code total} — the next is answered 429 (or 503) at once, its body left unread and the connection closed.
 * The last quarter of the total is kept for addresses with nothing else in progress, so a few addresses that each
 * fill their own share still leave room for everyone else. A client that trickles its bodies therefore holds only
 * its own slots, never the workers other clients need.
 */
public final class ClientAdmissionFilter implements Filter {
    private final int perClient;
    private final int total;
    private final long maxBodyBytes;
    private final String noun;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();
    private final AtomicInteger inProgress = new AtomicInteger();

    /**
     * @param noun         what the requests on these paths are, for the refusal ("queries", "requests")
     * @param maxBodyBytes the longest body any request on these paths can need
     */
    public ClientAdmissionFilter(String noun, int perClient, int total, long maxBodyBytes) {
        this.noun = noun;
        this.perClient = perClient;
        this.total = total;
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
        int mine = count.incrementAndGet();
        int all = inProgress.incrementAndGet();
        boolean overClient = mine > perClient;
        boolean overTotal = all > total || all > total - total / 4 && mine > 1;
        if (overClient || overTotal) {
            release(client, count);
            response.setHeader("Retry-After", "1");
            // the body stays unread: reading it would let a slow sender hold a worker after all
            if (request.getContentLengthLong() != 0) response.setHeader("Connection", "close");
            if (overClient) {
                HttpErrors.send(response, 429, "Too many " + noun + " at once from " + client + ": at most " + perClient
                        + " may run concurrently. Retry after a second.");
            } else {
                HttpErrors.send(response, 503, "The server has " + total + " " + noun
                        + " in progress, as many as it takes. Retry after a second.");
            }
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
        inProgress.decrementAndGet();
        if (count.decrementAndGet() == 0) running.remove(client, count);
    }
}
