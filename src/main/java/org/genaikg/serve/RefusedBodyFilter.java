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
 * Reads and discards the body of any request refused without reading it — by Fuseki for an operation the data
 * service does not have, by the static files for a method they do not take — so that a keep-alive client sees the
 * refusal and can go on using its connection (see {@link UnreadBodies}). A refusal that already asked for the
 * connection to be closed (a client over its slots) keeps its body unread, so a slow sender holds no worker.
 */
final class RefusedBodyFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, res);
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && response.getStatus() >= 400 && !"close".equalsIgnoreCase(response.getHeader("Connection"))) {
            UnreadBodies.discard(request, response, false);
        }
    }
}
