package org.genaikg.serve.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Reads and discards the body of any request refused without reading it — by Fuseki for an operation the data
 * service does not have, by the static files for a method they do not take — so that a keep-alive client sees the
 * refusal and can go on using its connection (see {@link UnreadBodies}). Jetty completes a response as soon as its
 * output is closed and then drops a connection whose body was left unread, so for requests with a body the
 * response's {@code close()} only flushes: the response completes after what was sent has been read. A refusal
 * that asked for the connection to be closed (a client over its slots) keeps its body unread, and a body still
 * arriving is never waited for, so a slow sender holds no worker.
 */
public final class RefusedBodyFilter implements Filter {
    /**
     * What an operation or method that does not exist is answered; the query operation itself reads every body it
     * answers (and the admission filter discards those it refuses), so its answers are left as they are.
     */
    private static final java.util.Set<Integer> REFUSED_UNREAD = java.util.Set.of(404, 405, 415, 501);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(req, res);
            return;
        }
        chain.doFilter(req, new CloseDeferred(response));
        if (REFUSED_UNREAD.contains(response.getStatus()) && !"close".equalsIgnoreCase(response.getHeader("Connection"))) {
            UnreadBodies.discard(request, response, true);
        }
    }

    /** A response whose output, when closed by the servlet, is flushed and left for the container to complete. */
    private static final class CloseDeferred extends HttpServletResponseWrapper {
        private ServletOutputStream out;
        private PrintWriter writer;

        CloseDeferred(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) out = new FlushOnClose(super.getOutputStream());
            return out;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                PrintWriter real = super.getWriter();
                writer = new PrintWriter(real) {
                    @Override
                    public void close() {
                        flush();
                    }
                };
            }
            return writer;
        }
    }

    private static final class FlushOnClose extends ServletOutputStream {
        private final ServletOutputStream out;

        FlushOnClose(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
