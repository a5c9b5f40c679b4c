package org.genaikg.serve.http;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * What to do with the body of a request that is refused without being read. A client that sends its body
 * without waiting for {@code 100 Continue} only sees the refusal if the server reads what it sent: closing the
 * connection on a half-sent body resets it instead. So the body is read and thrown away as fast as it arrives —
 * but never waited for: what has not arrived within {@link #GRACE_MILLIS} (a slow sender), or a body longer than
 * {@link #MAX_DISCARDED_BYTES}, is left unread and the connection closed after the answer, so a refused request
 * holds a worker for at most that long.
 */
public final class UnreadBodies {
    static final long MAX_DISCARDED_BYTES = 32L * 1024 * 1024;
    /** Enough for any body a client sends at once to arrive on loopback or a LAN; a trickle is cut off. */
    static final long GRACE_MILLIS = 1000;

    private UnreadBodies() {}

    /** Call before answering a refusal; {@code bodyStarted} when the body has been read from already. */
    public static void discard(HttpServletRequest request, HttpServletResponse response, boolean bodyStarted)
            throws IOException {
        String expect = request.getHeader("Expect");
        boolean waitsForContinue = expect != null && expect.toLowerCase(Locale.ROOT).startsWith("100-");
        long announced = request.getContentLengthLong();
        if (waitsForContinue && !bodyStarted || announced > MAX_DISCARDED_BYTES) {
            response.setHeader("Connection", "close");
            return;
        }
        ServletInputStream in = request.getInputStream();
        byte[] buffer = new byte[16 * 1024];
        long left = announced < 0 ? MAX_DISCARDED_BYTES : announced;
        long deadline = System.nanoTime() + GRACE_MILLIS * 1_000_000;
        try {
            while (left > 0 && !in.isFinished()) {
                int available = in.available();
                if (available > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(Math.min(buffer.length, available), left));
                    if (n < 0) break;
                    left -= n;
                } else if (System.nanoTime() < deadline) {
                    Thread.sleep(1);
                } else {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!in.isFinished() && left > 0) response.setHeader("Connection", "close");
    }
}
