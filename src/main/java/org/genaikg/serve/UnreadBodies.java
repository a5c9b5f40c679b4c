package org.genaikg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What to do with the body of a request that is refused without being read. A client that sends its body
 * without waiting for {@code 100 Continue} only sees the refusal if the server reads what it sent: closing the
 * connection on a half-sent body resets it instead, and a keep-alive client may send its next request on a
 * connection the server is about to close. So the body is read and thrown away, up to a bound; a client waiting
 * for {@code 100 Continue} never sends it, and beyond the bound the connection is closed.
 */
final class UnreadBodies {
    static final long MAX_DISCARDED_BYTES = 32L * 1024 * 1024;

    private UnreadBodies() {}

    /** Call before answering a refusal; {@code bodyStarted} when the body has been read from already. */
    static void discard(HttpServletRequest request, HttpServletResponse response, boolean bodyStarted)
            throws IOException {
        String expect = request.getHeader("Expect");
        boolean waitsForContinue = expect != null && expect.toLowerCase(Locale.ROOT).startsWith("100-");
        if (waitsForContinue && !bodyStarted) {
            response.setHeader("Connection", "close");
            return;
        }
        long announced = request.getContentLengthLong();
        if (announced > MAX_DISCARDED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        InputStream in = request.getInputStream();
        byte[] buffer = new byte[64 * 1024];
        long left = announced < 0 ? MAX_DISCARDED_BYTES : announced;
        int n;
        while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) left -= n;
    }
}
