package org.genaikg.serve;

/** The heap stays nearly full after garbage collection; the query is stopped and answered 503. */
final class MemoryShortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MemoryShortException(String message) {
        super(message, null, false, false);
    }
}
