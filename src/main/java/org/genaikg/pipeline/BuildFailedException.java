package org.genaikg.pipeline;

import java.util.List;

/** The graph does not pass its checks; the message lists every failure, one per line. */
public final class BuildFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> failures;

    public BuildFailedException(List<String> failures) {
        super(String.join("\n", failures));
        this.failures = List.copyOf(failures);
    }

    public List<String> failures() {
        return failures;
    }
}
