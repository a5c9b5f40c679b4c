package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Fuseki streams results, so a query that times out after the first bytes would end as a 200 with a cut body.
 * Query answers are bounded by the row cap, so buffering them whole is affordable and makes every time-out a 503.
 * Complete answers are kept in the {@link QueryResultCache} and sent with an ETag.
 */
final class BufferingFilter implements Filter {
    static final long MAX_BODY_BYTES = 256L * 1024 * 1024;
    static final String CACHE_HEADER = "X-Cache";
    private final QueryResultCache cache;
    private final long timeoutMillis;

    BufferingFilter(QueryResultCache cache, long timeoutMillis) {
        this.cache = cache;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        Object query = request.getAttribute(QueryGuardFilter.QUERY_ATTRIBUTE);
        if (query == null) {
            chain.doFilter(req, res); // Graph Store reads stream as usual
            return;
        }
        String format = request.getParameter("format") != null ? request.getParameter("format") : request.getParameter("output");
        String key = QueryResultCache.key(query.toString(), request.getHeader("Accept"), format);
        QueryResultCache.Answer cached = cache.get(key);
        if (cached != null) {
            send(request, response, cached, "hit");
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response, MAX_BODY_BYTES);
        QueryDeadline.start(timeoutMillis);
        try {
            chain.doFilter(req, buffered);
        } catch (IOException | ServletException | RuntimeException e) {
            buffered.complete();
            throw e;
        } finally {
            QueryDeadline.clear();
        }
        QueryResultCache.Answer answer = buffered.answer();
        if (answer == null) {
            buffered.complete();
            return;
        }
        cache.put(key, answer);
        send(request, response, answer, "miss");
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, QueryResultCache.Answer answer,
                             String cacheState) throws IOException {
        response.setHeader("ETag", answer.etag());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept, Origin");
        response.setHeader(CACHE_HEADER, cacheState);
        if (answer.rowCap() != null) response.setHeader(QueryGuardFilter.ROW_CAP_HEADER, answer.rowCap());
        if (QueryResultCache.matches(request.getHeader("If-None-Match"), answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(answer.body());
    }
}
