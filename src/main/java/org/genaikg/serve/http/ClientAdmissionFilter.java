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
 * The last quarter of the total is kept for addresses with at most {@link #RESERVE_PER_CLIENT} requests in progress,
 * so a few addresses that each fill their own share still leave room for everyone else — including a client whose
 * previous request is still being closed when it sends the next, or a browser fetching a page and its stylesheet. A
 * client that trickles its bodies therefore holds only its own slots, never the workers other clients need.
 */
public final class ClientAdmissionFilter implements Filter {
    /** Requests in progress, this one included, that an address may have to be let into the reserved last quarter. */
    static final int RESERVE_PER_CLIENT = 2;
    private final int perClient;
    private final int total;
    private final long maxBodyBytes;
    private final String noun;
    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();
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
        Refusal refusal = admit(client);
        if (refusal != null) {
            response.setHeader("Retry-After", "1");
            // the body stays unread: reading it would let a slow sender hold a worker after all
            if (request.getContentLengthLong() != 0) response.setHeader("Connection", "close");
            switch (refusal) {
                case CLIENT -> HttpErrors.send(response, 429, "Too many " + noun + " at once from " + client
                        + ": at most " + perClient + " may run concurrently. Retry after a second.");
                case RESERVE -> HttpErrors.send(response, 503, "The server is nearly full: its last " + reserve()
                        + " places are kept for clients with at most " + RESERVE_PER_CLIENT + " " + noun
                        + " in progress. Retry after a second.");
                case SERVER -> HttpErrors.send(response, 503, "The server has " + total + " " + noun
                        + " in progress, as many as it takes. Retry after a second.");
            }
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            release(client, true);
        }
    }

    private enum Refusal { CLIENT, RESERVE, SERVER }

    /**
     * Counts the request in, or refuses it without counting it: a refused request never holds a slot, not even for
     * an instant, so a burst of refusals cannot crowd out an address that asks for its first slot.
     */
    private Refusal admit(String client) {
        int[] mine = new int[1];
        // the address's count changes under the map's lock for that key, so an address that goes idle and is
        // forgotten can never be counted on a counter no longer in the map
        running.compute(client, (k, n) -> {
            int held = n == null ? 0 : n;
            mine[0] = held + 1;
            return held < perClient ? held + 1 : n;
        });
        if (mine[0] > perClient) return Refusal.CLIENT;
        while (true) {
            int all = inProgress.get();
            Refusal refusal = all >= total ? Refusal.SERVER
                    : all >= total - reserve() && mine[0] > RESERVE_PER_CLIENT ? Refusal.RESERVE : null;
            if (refusal != null) {
                release(client, false);
                return refusal;
            }
            if (inProgress.compareAndSet(all, all + 1)) return null;
        }
    }

    private int reserve() {
        return total / 4;
    }

    /** Requests in progress now, on all addresses. */
    int inProgress() {
        return inProgress.get();
    }

    /** The addresses with a request in progress now. */
    int addresses() {
        return running.size();
    }

    /** Forgets an idle client, so the map holds only addresses with requests in progress. */
    private void release(String client, boolean counted) {
        if (counted) inProgress.decrementAndGet();
        running.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
    }
}
