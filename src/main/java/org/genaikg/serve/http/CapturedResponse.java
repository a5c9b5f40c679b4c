package org.genaikg.serve.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is held back while it is small enough to cache; once it grows past that, what was held is
 * sent and the rest streams straight through, so a large answer is never held twice.
 */
public final class CapturedResponse extends HttpServletResponseWrapper {
    private final int maxHeld;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream(8192);
    private boolean passingThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response, int maxHeld) {
        super(response);
        this.maxHeld = maxHeld;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
                @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }
                @Override public void write(byte[] b, int off, int len) throws IOException { CapturedResponse.this.write(b, off, len); }
                @Override public void flush() throws IOException { if (passingThrough) target().flush(); }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    private void write(byte[] b, int off, int len) throws IOException {
        if (!passingThrough && held.size() + len > maxHeld) {
            passingThrough = true;
            held.writeTo(target());
            held.reset();
        }
        if (passingThrough) target().write(b, off, len);
        else held.write(b, off, len);
    }

    private OutputStream target() throws IOException {
        return getResponse().getOutputStream();
    }

    @Override public boolean isCommitted() { return passingThrough && super.isCommitted(); }
    @Override public void flushBuffer() throws IOException { if (writer != null) writer.flush(); if (passingThrough) super.flushBuffer(); }
    @Override public void resetBuffer() { held.reset(); if (passingThrough) super.resetBuffer(); }
    @Override public void setContentLength(int len) { if (passingThrough) super.setContentLength(len); }
    @Override public void setContentLengthLong(long len) { if (passingThrough) super.setContentLengthLong(len); }

    /** The complete 200 answer, when it was held whole; null otherwise. */
    QueryResultCache.Answer answer(String rowCapHeader) {
        if (writer != null) writer.flush();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (passingThrough || response.getStatus() != 200 || response.isCommitted()) return null;
        byte[] body = held.toByteArray();
        return new QueryResultCache.Answer(response.getContentType(), body, QueryResultCache.etag(body),
                response.getHeader(rowCapHeader));
    }

    /** Sends whatever is still held back, for an answer that is not cached. */
    void release() throws IOException {
        if (writer != null) writer.flush();
        if (held.size() > 0 && !getResponse().isCommitted()) {
            getResponse().setContentLength(held.size());
            held.writeTo(getResponse().getOutputStream());
        } else if (held.size() > 0) {
            held.writeTo(getResponse().getOutputStream());
        }
        held.reset();
    }
}
