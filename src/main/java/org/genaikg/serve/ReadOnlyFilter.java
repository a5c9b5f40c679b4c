package org.genaikg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the server read-only for everyone: only GET, HEAD and OPTIONS anywhere, plus POST of a SPARQL query
 * to the query endpoints. Updates, Graph Store writes and every admin action are refused with 405 before they
 * reach Fuseki, so no request can change or delete data.
 */
public final class ReadOnlyFilter implements Filter {
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> QUERY_PATHS = Set.of("/kg", "/kg/", "/kg/sparql", "/kg/query");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = request.getRequestURI();
        if (SAFE.contains(method) && !request.getParameterMap().containsKey("update")) {
            chain.doFilter(req, res);
            return;
        }
        if (method.equals("POST") && QUERY_PATHS.contains(path) && isQuery(request)) {
            chain.doFilter(req, res);
            return;
        }
        UnreadBodies.discard(request, response, false);
        response.setHeader("Allow", QUERY_PATHS.contains(path) ? "GET, HEAD, OPTIONS, POST" : "GET, HEAD, OPTIONS");
        HttpErrors.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                "This server is read-only: " + method + " " + path + " is not allowed. "
                        + "Query with GET or POST (SPARQL query) at /kg/sparql; download the data under /dumps/.");
    }

    private static boolean isQuery(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) return true;
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return request.getParameter("update") == null && request.getParameter("query") != null;
        }
        return false;
    }
}
