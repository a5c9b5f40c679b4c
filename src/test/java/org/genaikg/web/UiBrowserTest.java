package org.genaikg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.serve.KgServer;
import org.genaikg.serve.ServeConfig;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web UI in a real browser: builds the graph, serves it on a free port and runs {@code e2e/ui.test.mjs}
 * (playwright-core driving the system Chromium) against it. Screenshots land in {@code target/e2e-screenshots}.
 *
 * <p>Needs Chromium ({@code /usr/bin/chromium} or {@code $CHROMIUM}), Node.js and {@code e2e/node_modules}. When one
 * is missing the test is skipped, except on CI ({@code CI=true}), where it fails.
 */
class UiBrowserTest {
    private static final Path SCRIPT = Path.of("e2e", "ui.test.mjs");
    private static final Path PLAYWRIGHT = Path.of("e2e", "node_modules", "playwright-core", "package.json");
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final long TIMEOUT_MINUTES = 4;

    @TempDir
    Path dumps;

    @Test
    void webUiWorksInABrowser() throws Exception {
        requireBrowserTooling();

        Graph graph = RealBuild.graph();
        RealBuild.copyDumpsTo(dumps);
        DatasetGraph dataset = KgServer.inMemory(graph);

        KgServer server = KgServer.start(ServeConfig.defaults(dumps, Path.of("queries")).withPort(0), dataset);
        try {
            Files.createDirectories(SCREENSHOTS);
            Run run = runNode(List.of("node", SCRIPT.toString(), server.baseUrl(), SCREENSHOTS.toString()));
            String output = run.output();
            assertTrue(run.finished(), "e2e/ui.test.mjs did not finish within " + TIMEOUT_MINUTES + " minutes:\n" + output);
            assertEquals(0, run.exitCode(), "e2e/ui.test.mjs failed:\n" + output);
            assertTrue(output.matches("(?s).*\\b\\d+ passed, 0 failed\\s*"), "no closing 'N passed, 0 failed' line:\n" + output);
        } finally {
            server.close();
        }
    }

    /** Skips (or on CI fails) with instructions when the browser, Node.js or playwright-core is missing. */
    private static void requireBrowserTooling() {
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM to a Chromium/Chrome binary)");
        }
        if (!nodeWorks()) missing.add("Node.js on the PATH (apt-get install nodejs npm)");
        if (!Files.isRegularFile(PLAYWRIGHT)) missing.add("e2e/node_modules/playwright-core (npm ci --prefix e2e)");
        if (missing.isEmpty()) return;
        String message = "Browser test needs " + String.join("; ", missing)
                + ". Never run 'npx playwright install': the test uses the system Chromium.";
        if ("true".equals(System.getenv("CI"))) fail(message);
        // surefire keeps a skip's reason in target/surefire-reports only; the console is where it is read
        System.err.println("UiBrowserTest skipped: " + message);
        Assumptions.assumeTrue(false, message);
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Run(boolean finished, int exitCode, String output) {}

    /** Runs the command, echoing its output as it comes and keeping it for the assertion messages. */
    private static Run runNode(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> copy(process.getInputStream(), output), "ui-test-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return new Run(finished, finished ? process.exitValue() : -1, output.toString());
    }

    private static void copy(InputStream in, StringBuffer into) {
        byte[] buffer = new byte[8192];
        try (in) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                String chunk = new String(buffer, 0, n, StandardCharsets.UTF_8);
                into.append(chunk);
                System.out.print(chunk);
            }
        } catch (IOException e) {
            if (into.isEmpty()) throw new UncheckedIOException(e);
        }
    }
}
