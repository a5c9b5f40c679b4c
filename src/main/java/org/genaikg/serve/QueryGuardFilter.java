package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Applies {@link QueryGuard} to SPARQL queries sent by GET or POST: too long a query is answered 413, a
 * dangerous REGEX 400, and a SELECT without a small enough LIMIT runs with the server's row cap, which the
 * answer announces in the {@code X-Row-Cap} header.
 */
final class QueryGuardFilter implements Filter {
    static final String ROW_CAP_HEADER = "X-Row-Cap";
    /** The request attribute holding the query as it will run, for the filters after this one. */
    static final String QUERY_ATTRIBUTE = "org.genaikg.query";
    private final QueryGuard guard;
    private final int maxRows;
    private final int maxQueryBytes;

    QueryGuardFilter(int maxRows, int maxQueryBytes) {
        this.guard = new QueryGuard(maxRows);
        this.maxRows = maxRows;
        this.maxQueryBytes = maxQueryBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getContentLengthLong() > maxQueryBytes
                || request.getQueryString() != null && request.getQueryString().length() > 3L * maxQueryBytes) {
            refuseOversized(request, response, false);
            return;
        }
        boolean body = "POST".equalsIgnoreCase(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(Locale.ROOT).startsWith("application/sparql-query");
        String text = body ? readBody(request) : request.getParameter("query");
        if (text == null) {
            chain.doFilter(req, res);
            return;
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            refuseOversized(request, response, body);
            return;
        }
        QueryGuard.Decision decision = guard.check(text);
        if (decision.refusal() != null) {
            HttpErrors.send(response, 400, decision.refusal());
            return;
        }
        if (decision.capped()) {
            response.setHeader(ROW_CAP_HEADER, maxRows + "; answers are cut at " + maxRows
                    + " rows: page with LIMIT and OFFSET, or download the dumps under /dumps/");
        }
        request.setAttribute(QUERY_ATTRIBUTE, decision.query());
        chain.doFilter(new RewrittenQuery(request, decision.query(), body), res);
    }

    /** Answers 413; {@code bodyStarted} when the body has been read from already, so it is on its way. */
    private void refuseOversized(HttpServletRequest request, HttpServletResponse response, boolean bodyStarted)
            throws IOException {
        UnreadBodies.discard(request, response, bodyStarted);
        HttpErrors.send(response, 413, "The query is longer than " + maxQueryBytes + " bytes.");
    }

    private String readBody(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(maxQueryBytes + 1);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The request as Fuseki should see it: with the (possibly rewritten) query in place of the original. */
    private static final class RewrittenQuery extends HttpServletRequestWrapper {
        private final String query;
        private final boolean body;

        RewrittenQuery(HttpServletRequest request, String query, boolean body) {
            super(request);
            this.query = query;
            this.body = body;
        }

        @Override
        public String getParameter(String name) {
            return !body && name.equals("query") ? query : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return !body && name.equals("query") ? new String[] {query} : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (body) return super.getParameterMap();
            Map<String, String[]> map = new HashMap<>(super.getParameterMap());
            map.put("query", new String[] {query});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public ServletInputStream getInputStream() {
            if (!body) return emptyOr(new byte[0]);
            return emptyOr(query.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body ? query.getBytes(StandardCharsets.UTF_8).length : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return getContentLength();
        }

        private static ServletInputStream emptyOr(byte[] bytes) {
            ByteArrayInputStream in = new ByteArrayInputStream(bytes);
            return new ServletInputStream() {
                @Override public boolean isFinished() { return in.available() == 0; }
                @Override public boolean isReady() { return true; }
                @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
                @Override public int read() { return in.read(); }
                @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            };
        }
    }
}
