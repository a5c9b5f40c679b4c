package org.genaikg.serve;

/** A query would compute or answer more than the server's memory caps allow; answered 413 with the message. */
final class AnswerTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AnswerTooLargeException(String message) {
        super(message, null, false, false);
    }
}
