package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** At most N queries at once per client address; the next one is answered 429 with Retry-After. */
final class FairUseFilter implements Filter {
    private final int maxConcurrent;
    private final ConcurrentHashMap<String, AtomicInteger> running = new ConcurrentHashMap<>();

    FairUseFilter(int maxConcurrent) {
        this.maxConcurrent = maxConcurrent;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        String client = req.getRemoteAddr();
        AtomicInteger count = running.computeIfAbsent(client, k -> new AtomicInteger());
        if (count.incrementAndGet() > maxConcurrent) {
            count.decrementAndGet();
            HttpServletResponse response = (HttpServletResponse) res;
            response.setHeader("Retry-After", "1");
            HttpErrors.send(response, 429, "Too many queries at once from " + client + ": at most " + maxConcurrent
                    + " may run concurrently. Retry after a second.");
            return;
        }
        try {
            chain.doFilter(req, res);
        } finally {
            count.decrementAndGet();
        }
    }
}
