package org.genaikg.web.html;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The one way the site sends an answer it has made whole: status, type, length, caching, body. */
public final class Responses {
    /** Pages change only when the server restarts on a new graph: a short public cache is safe. */
    public static final String PAGE_CACHE = "public, max-age=300";

    private Responses() {}

    /** A UTF-8 HTML page. */
    public static void page(HttpServletResponse resp, int status, Html page) throws IOException {
        send(resp, status, "text/html;charset=utf-8", page.toString().getBytes(StandardCharsets.UTF_8), PAGE_CACHE);
    }

    /** A UTF-8 plain-text answer, such as a short refusal. */
    public static void text(HttpServletResponse resp, int status, String text) throws IOException {
        send(resp, status, "text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8), "no-store");
    }

    public static void send(HttpServletResponse resp, int status, String contentType, byte[] body, String cacheControl)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        if (cacheControl != null) resp.setHeader("Cache-Control", cacheControl);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
