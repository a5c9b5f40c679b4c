package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Fuseki streams results, so a query that times out after the first bytes would end as a 200 with a cut body.
 * Query answers are bounded by the row cap, so buffering them whole is affordable and makes every time-out a 503.
 */
final class BufferingFilter implements Filter {
    static final long MAX_BODY_BYTES = 256L * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest) req;
        String type = request.getContentType() == null ? "" : request.getContentType();
        if (request.getParameter("query") == null && !type.startsWith("application/sparql-query")) {
            chain.doFilter(req, res); // Graph Store reads stream as usual
            return;
        }
        BufferedResponse buffered = new BufferedResponse((HttpServletResponse) res, MAX_BODY_BYTES);
        try {
            chain.doFilter(req, buffered);
        } finally {
            buffered.complete();
        }
    }
}
