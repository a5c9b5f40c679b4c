package org.genaikg.table;

import java.util.List;
import java.util.stream.Collectors;

/** The input has problems; the message lists every one of them, one per line. */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
