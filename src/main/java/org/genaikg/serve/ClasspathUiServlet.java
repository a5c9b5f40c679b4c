package org.genaikg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Serves the Fuseki web UI (the {@code jena-fuseki-ui} jar's {@code webapp/}) straight from the class path,
 * so that nothing is unpacked into the working folder.
 */
final class ClasspathUiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String ROOT = "webapp";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (path.isEmpty() || path.equals("/")) path = "/index.html";
        if (path.contains("..")) {
            HttpErrors.send(resp, 404, "Not found: " + path);
            return;
        }
        try (InputStream in = ClasspathUiServlet.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                HttpErrors.send(resp, 404, "Not found: " + path);
                return;
            }
            byte[] body = in.readAllBytes();
            resp.setContentType(contentType(path));
            resp.setContentLength(body.length);
            resp.setHeader("Cache-Control", path.startsWith("/static/") ? "public, max-age=86400" : "no-cache");
            resp.getOutputStream().write(body);
        }
    }

    static String contentType(String path) {
        if (path.endsWith(".html")) return "text/html;charset=utf-8";
        if (path.endsWith(".js")) return "text/javascript;charset=utf-8";
        if (path.endsWith(".css")) return "text/css;charset=utf-8";
        if (path.endsWith(".ico")) return "image/x-icon";
        if (path.endsWith(".svg")) return "image/svg+xml";
        if (path.endsWith(".png")) return "image/png";
        if (path.endsWith(".woff2")) return "font/woff2";
        if (path.endsWith(".woff")) return "font/woff";
        if (path.endsWith(".ttf")) return "font/ttf";
        return "application/octet-stream";
    }
}
