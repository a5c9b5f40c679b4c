package org.genaikg.serve.limits;

/** A query would compute or answer more than the server's memory caps allow; answered 413 with the message. */
public final class AnswerTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnswerTooLargeException(String message) {
        super(message, null, false, false);
    }
}
