package org.genaikg.cli;

import org.genaikg.pipeline.BuildFailedException;
import org.genaikg.table.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints every problem of a failed run, one per line, and exits 1; anything unexpected exits 2. */
final class FailureReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println(invalid.problems().size() + " problem(s) in the tables; nothing was written:");
            invalid.problems().forEach(p -> err.println(p.toString()));
            return 1;
        }
        if (e instanceof BuildFailedException failed) {
            err.println(failed.failures().size() + " problem(s) in the graph; nothing was written:");
            failed.failures().forEach(err::println);
            return 1;
        }
        if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println("genai-kg: " + e.getMessage());
            return 1;
        }
        err.println("genai-kg: unexpected failure: " + e);
        e.printStackTrace(err);
        return 2;
    }
}
