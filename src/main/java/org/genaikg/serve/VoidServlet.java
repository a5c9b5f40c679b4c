package org.genaikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code /.well-known/void}: the VoID/DCAT description naming the endpoint and dump URLs as the client reached
 * this server (so it stays right behind a reverse proxy that sets Host and X-Forwarded-Proto).
 */
final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CACHED = 16;
    private final transient Function<String, byte[]> describe;
    private final transient Map<String, byte[]> byBaseUrl = new ConcurrentHashMap<>();

    VoidServlet(Function<String, byte[]> describe) {
        this.describe = describe;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = baseUrl(req);
        byte[] turtle = byBaseUrl.get(base);
        if (turtle == null) {
            turtle = describe.apply(base);
            if (byBaseUrl.size() < MAX_CACHED) byBaseUrl.put(base, turtle);
        }
        resp.setContentType("text/turtle;charset=utf-8");
        resp.setContentLength(turtle.length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(turtle);
    }

    static String baseUrl(HttpServletRequest req) {
        String proto = req.getHeader("X-Forwarded-Proto");
        String scheme = proto != null && proto.matches("https?") ? proto : req.getScheme();
        String host = req.getHeader("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) host = req.getServerName() + ":" + req.getServerPort();
        return scheme + "://" + host;
    }
}
