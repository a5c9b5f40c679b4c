package org.genaikg.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server runs with a heap sized for the graph, however it is started. The JVM's default heap grows to a quarter
 * of the machine, which a long-running server fills with garbage it has no reason to collect; so {@code serve},
 * started without a heap limit of its own, starts itself again in a JVM with {@link #SERVE_HEAP} and waits for it,
 * passing on its output, its exit code and a request to stop. An operator's own {@code -Xmx} (or
 * {@code -XX:MaxRAMPercentage}, in the command or in {@code JAVA_TOOL_OPTIONS}) is kept as it is.
 */
final class HeapLimit {
    /** Room for the graph, its indexes, the answer cache and the queries the server runs at once. */
    static final String SERVE_HEAP = "-Xmx320m";
    /** A small heap collected by one thread leaves more of the machine to the queries, and less memory unreturned. */
    static final String SERVE_GC = "-XX:+UseSerialGC";
    static final String RELAUNCHED = "genaikg.relaunched";
    private static final List<String> HEAP_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAMPercentage",
            "-XX:MaxRAM=", "-XX:MaxRAMFraction");

    private HeapLimit() {}

    /** True for {@code serve} in a JVM that has no heap limit of its operator's. */
    static boolean needsRelaunch(String[] args, List<String> jvmArgs) {
        if (args.length == 0 || !"serve".equals(args[0]) || Boolean.getBoolean(RELAUNCHED)) return false;
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) return false;
        return jvmArgs.stream().noneMatch(a -> HEAP_OPTIONS.stream().anyMatch(a::startsWith));
    }

    static boolean needsRelaunch(String[] args) {
        return needsRelaunch(args, ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /**
     * In the JVM {@link #relaunch} started: ends when the launcher ends, however it ends (even by SIGKILL, which
     * gives it no chance to stop the server), so no server outlives the command that started it.
     */
    static void exitWithLauncher() {
        if (!Boolean.getBoolean(RELAUNCHED)) return;
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(143)));
    }

    /** Runs the same command line in a JVM with the server's heap; answers its exit code. */
    static int relaunch(String[] args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add(SERVE_HEAP);
        command.add(SERVE_GC);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GenaiKg.class.getName());
        command.addAll(List.of(args));
        Process server = new ProcessBuilder(command).inheritIO().start();
        Thread stop = new Thread(() -> {
            server.destroy();
            try {
                if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly();
            } catch (InterruptedException e) {
                server.destroyForcibly();
            }
        }, "genai-kg-stop-server");
        Runtime.getRuntime().addShutdownHook(stop);
        int exit = server.waitFor();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running
        }
        return exit;
    }
}
