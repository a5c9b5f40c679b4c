package org.genaikg.serve.limits;

/** The heap stays nearly full after garbage collection; the query is stopped and answered 503. */
public final class MemoryShortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MemoryShortException(String message) {
        super(message, null, false, false);
    }
}
