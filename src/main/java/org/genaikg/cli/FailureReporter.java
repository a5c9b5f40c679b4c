package org.genaikg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.genaikg.pipeline.BuildFailedException;
import org.genaikg.table.InvalidInputException;
import org.genaikg.table.VisibleText;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints every problem of a failed run, one per line, and exits 1. A user's mistake (bad tables, a missing file, a
 * taken port) never shows a stack trace; only a failure nobody foresaw exits 2 with one. Everything printed passes
 * through {@link VisibleText}, so that a control character in the data cannot drive the terminal.
 */
final class FailureReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        var err = cmd.getErr();
        // validate and query never write, so only the commands that do say that a failure wrote nothing
        String name = cmd.getCommandName();
        String outcome = name.equals("build") || name.equals("serve") ? "; nothing was written:" : ":";
        if (e instanceof InvalidInputException invalid) {
            err.println(invalid.problems().size() + " problem(s) in the tables" + outcome);
            invalid.problems().forEach(p -> err.println(p.toString()));
            return 1;
        }
        if (e instanceof BuildFailedException failed) {
            err.println(failed.failures().size() + " problem(s) in the graph" + outcome);
            failed.failures().forEach(f -> err.println(VisibleText.of(f)));
            return 1;
        }
        if (e instanceof UserError) {
            err.println(VisibleText.of(e.getMessage()));
            return 1;
        }
        IOException io = e instanceof UncheckedIOException u ? u.getCause() : e instanceof IOException i ? i : null;
        if (io != null) {
            err.println("genai-kg " + cmd.getCommandName() + ": " + VisibleText.of(describe(io)));
            return 1;
        }
        err.println("genai-kg: unexpected failure: " + VisibleText.of(String.valueOf(e)));
        e.printStackTrace(err);
        return 2;
    }

    /** The JDK names only the path for these; say what is wrong with it. */
    private static String describe(IOException e) {
        if (e instanceof NoSuchFileException n) return n.getFile() + ": does not exist";
        if (e instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        if (e instanceof NotDirectoryException d) return d.getFile() + ": is not a folder";
        return e.getMessage();
    }
}
