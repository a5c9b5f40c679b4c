package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * Counts the query requests in flight from the moment they arrive, so that long queries give way to a younger
 * request for the whole of its handling — reading, parsing and answering it — not only while it runs.
 */
final class GiveWayFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        QueryDeadline.arrived();
        try {
            chain.doFilter(req, res);
        } finally {
            QueryDeadline.left();
        }
    }
}
