package org.genaikg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * HTTP caching of query answers fetched with GET (the requests HTTP lets a cache answer): a repeated request is
 * answered from the {@link QueryResultCache}, every answer small enough to keep carries an ETag, and a client
 * that sends it back with If-None-Match gets a 304. POSTed queries pass through untouched.
 */
public final class AnswerCacheFilter implements Filter {
    public static final String CACHE_HEADER = "X-Cache";
    private final QueryResultCache cache;
    private final String rowCapHeader;

    /** {@code rowCapHeader} names the query action's header that says an answer was cut; it is cached with it. */
    public AnswerCacheFilter(QueryResultCache cache, String rowCapHeader) {
        this.rowCapHeader = rowCapHeader;
        this.cache = cache;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String key = "GET".equals(request.getMethod()) && !cache.isOff()
                ? QueryResultCache.key(request.getRequestURI(), request.getQueryString(), request.getHeader("Accept"))
                : null;
        if (key == null) {
            chain.doFilter(req, res);
            return;
        }
        QueryResultCache.Answer cached = cache.get(key);
        if (cached != null) {
            send(request, response, cached, "hit");
            return;
        }
        CapturedResponse captured = new CapturedResponse(response, QueryResultCache.MAX_ENTRY_BYTES);
        chain.doFilter(req, captured);
        QueryResultCache.Answer answer = captured.answer(rowCapHeader);
        if (answer == null) {
            captured.release();
            return;
        }
        cache.put(key, answer);
        send(request, response, answer, "miss");
    }

    private void send(HttpServletRequest request, HttpServletResponse response, QueryResultCache.Answer answer,
                             String cacheState) throws IOException {
        response.setHeader("ETag", answer.etag());
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("Vary", "Accept, Origin");
        response.setHeader(CACHE_HEADER, cacheState);
        if (answer.rowCap() != null) response.setHeader(rowCapHeader, answer.rowCap());
        if (QueryResultCache.matches(request.getHeader("If-None-Match"), answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        if (answer.contentType() != null) response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
