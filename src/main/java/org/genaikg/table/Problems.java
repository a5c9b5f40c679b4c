package org.genaikg.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of a run, so that all of them are reported together rather than only the first. */
public final class Problems {
    private final List<Problem> problems = new ArrayList<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** The problems in file and line order. */
    public List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        Collections.sort(copy);
        return List.copyOf(copy);
    }

    /** Thrown at the end of a stage that found problems, carrying all of them. */
    public void throwIfAny() {
        if (!problems.isEmpty()) throw new InvalidInputException(sorted());
    }
}
