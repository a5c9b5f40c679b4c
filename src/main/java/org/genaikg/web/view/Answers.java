package org.genaikg.web.view;

import java.util.List;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Where a drawn answer's rows come from: the server's own query path, so that a drawing is bound by the same guard,
 * caps, deadline and fair share of workers as every query sent to {@code /kg}.
 */
public interface Answers {
    /**
     * The whole answer of a SELECT query — or of a CONSTRUCT or DESCRIBE, as its links between resources (rows of
     * subject, property, object); a query the server would refuse throws {@link Refused}.
     */
    Table select(String query, String client);

    /** A SELECT's answer: its variables and its rows. */
    record Table(List<Var> vars, List<Binding> rows) {}

    /** Why the server does not answer: the HTTP status it would send and its message. */
    final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        public Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
