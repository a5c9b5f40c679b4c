package org.genaikg.pipeline;

import java.io.PrintStream;

/** One line per stage of the pipeline: what it read or wrote, and how long it took. */
public final class StageLog {
    private final PrintStream out;
    private long started = System.nanoTime();

    public StageLog(PrintStream out) {
        this.out = out;
    }

    public static StageLog silent() {
        return new StageLog(new PrintStream(java.io.OutputStream.nullOutputStream()));
    }

    public void start() {
        started = System.nanoTime();
    }

    public void done(String stage, String summary) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.printf("%-9s %s in %d ms%n", stage, summary, ms);
        started = System.nanoTime();
    }
}
