package org.genaikg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Holds a response body in memory until the query has finished, so that a time-out or failure part-way can
 * still be answered with an error status instead of a 200 whose body stops midway.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
    private final long maxBytes;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int errorStatus;
    private String errorMessage;
    private boolean overflow;

    BufferedResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override public boolean isReady() { return true; }
                @Override public void setWriteListener(WriteListener listener) { throw new UnsupportedOperationException(); }
                @Override public void write(int b) throws IOException {
                    guard(1);
                    buffer.write(b);
                }
                @Override public void write(byte[] b, int off, int len) throws IOException {
                    guard(len);
                    buffer.write(b, off, len);
                }
            };
        }
        return stream;
    }

    private void guard(int more) throws IOException {
        if (buffer.size() + (long) more > maxBytes) {
            overflow = true;
            throw new IOException("result larger than " + maxBytes + " bytes");
        }
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
        return writer;
    }

    @Override public boolean isCommitted() { return false; }
    @Override public void flushBuffer() { if (writer != null) writer.flush(); }
    @Override public void resetBuffer() { buffer.reset(); }
    @Override public void reset() { buffer.reset(); errorStatus = 0; errorMessage = null; super.reset(); }
    @Override public void setContentLength(int len) { }
    @Override public void setContentLengthLong(long len) { }

    @Override
    public void sendError(int sc, String msg) {
        errorStatus = sc;
        errorMessage = msg;
    }

    @Override
    public void sendError(int sc) {
        sendError(sc, null);
    }

    /** The complete successful answer, once the query has finished; null when it failed. */
    QueryResultCache.Answer answer() {
        if (writer != null) writer.flush();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (overflow || errorStatus != 0 || (response.getStatus() != 200 && response.getStatus() != 0)) return null;
        byte[] body = buffer.toByteArray();
        return new QueryResultCache.Answer(response.getContentType(), body, QueryResultCache.etag(body),
                response.getHeader(QueryGuardFilter.ROW_CAP_HEADER));
    }

    /** Sends what the query produced: the whole body with its length, or the error it ended in. */
    void complete() throws IOException {
        if (writer != null) writer.flush();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (overflow) {
            HttpErrors.send(response, 507, "The result is larger than " + maxBytes
                    + " bytes; ask for fewer rows with LIMIT and OFFSET, or download the dumps under /dumps/.");
        } else if (errorStatus != 0) {
            String message = errorMessage == null ? "Error " + errorStatus : errorMessage;
            if (errorStatus == 503) message = message + " (longer than the server's query time-out)";
            HttpErrors.send(response, errorStatus, message);
        } else {
            response.setContentLengthLong(buffer.size());
            buffer.writeTo(response.getOutputStream());
        }
    }
}
