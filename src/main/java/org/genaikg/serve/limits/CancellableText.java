package org.genaikg.serve.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular-expression engine reads it, one character at a time, that stops the match once its query
 * is cancelled. Java's regex engine never looks at the clock, but it reads every character through
 * {@link #charAt}, so a match that would run for minutes ends within a few thousand steps of the query's deadline.
 */
public final class CancellableText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (cancelled.get()) throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text;
    }
}
