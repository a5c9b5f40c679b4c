package org.genaikg.web.page;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code /.well-known/void}: the VoID/DCAT description naming the endpoint and dump URLs. They are built from the
 * operator's {@code --public-url} when given. Otherwise the request's Host header is trusted only when it names a
 * loopback host (a local user or a proxy on the same machine); any other Host gets the address the connection
 * actually arrived at, so a forged Host header cannot put its URLs into the description.
 */
public final class VoidServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CACHED = 16;
    private final String publicUrl;
    private final transient Function<String, byte[]> describe;
    private final transient Map<String, byte[]> byBaseUrl = new ConcurrentHashMap<>();

    public VoidServlet(String publicUrl, Function<String, byte[]> describe) {
        this.publicUrl = publicUrl;
        this.describe = describe;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = publicUrl != null ? publicUrl : baseUrl(req);
        byte[] turtle = byBaseUrl.get(base);
        if (turtle == null) {
            turtle = describe.apply(base);
            if (byBaseUrl.size() < MAX_CACHED) byBaseUrl.put(base, turtle);
        }
        resp.setContentType("text/turtle;charset=utf-8");
        resp.setContentLength(turtle.length);
        if (!req.getMethod().equals("HEAD")) resp.getOutputStream().write(turtle);
    }

    public static String baseUrl(HttpServletRequest req) {
        String host = req.getHeader("Host");
        if (host != null && isLoopback(host)) return req.getScheme() + "://" + host;
        String local = req.getLocalAddr();
        if (local.contains(":")) local = "[" + local + "]";
        return req.getScheme() + "://" + local + ":" + req.getLocalPort();
    }

    /** localhost, 127.x.y.z or [::1], with an optional port, and nothing else. */
    static boolean isLoopback(String hostHeader) {
        return hostHeader.matches("(localhost|127(\\.\\d{1,3}){3}|\\[::1\\])(:\\d{1,5})?");
    }
}
