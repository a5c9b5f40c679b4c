package org.genaikg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar genai-kg.jar <command>}: build, validate, serve and query the genai-kg knowledge graph. */
@Command(name = "genai-kg", mixinStandardHelpOptions = true, version = "genai-kg 1.0.0",
        description = "The knowledge graph of the generative-AI landscape (CNNIC 生成式人工智能应用发展报告 2025).",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, QueryCommand.class,
                BenchCommand.class, CommandLine.HelpCommand.class})
public final class GenaiKg implements Runnable {

    public static void main(String[] args) throws Exception {
        HeapLimit.exitWithLauncher();
        System.exit(HeapLimit.needsRelaunch(args) ? HeapLimit.relaunch(args) : run(args));
    }

    /** Runs a command line and answers its exit code, without exiting: for tests and embedding. */
    public static int run(String... args) {
        return run(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), args);
    }

    /** As {@link #run(String...)}, with problems and usage errors printed to {@code err}. */
    public static int run(PrintWriter err, String... args) {
        return new CommandLine(new GenaiKg())
                .setExecutionExceptionHandler(new FailureReporter())
                .setErr(err)
                .execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
