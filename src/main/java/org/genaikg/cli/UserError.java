package org.genaikg.cli;

/**
 * Something the user can put right (a file that is not there, a port already taken): printed as its message alone,
 * one line, without a stack trace, and the command exits 1.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
