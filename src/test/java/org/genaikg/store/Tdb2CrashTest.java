package org.genaikg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with SIGKILL while loading its TDB2 store starts again and serves the complete graph. */
class Tdb2CrashTest {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void killedMidLoadRestartsWithTheWholeGraph(@TempDir Path temp) throws Exception {
        Path dumps = temp.resolve("dumps");
        RealBuild.copyDumpsTo(dumps);
        long triples = RealBuild.graph().size();
        Path store = temp.resolve("tdb2");

        boolean killedMidLoad = false;
        for (int attempt = 0; attempt < 5 && !killedMidLoad; attempt++) {
            Process p = serve(dumps, store, freePort(), temp.resolve("crash-" + attempt + ".log"));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (System.nanoTime() < deadline && !isLoading(store) && p.isAlive()) Thread.sleep(2);
                killServer(p); // SIGKILL: no shutdown hook, no clean close
                p.waitFor(10, TimeUnit.SECONDS);
                killedMidLoad = !Files.exists(store.resolve(Tdb2Store.COMPLETE_MARKER));
            } finally {
                killServer(p);
            }
        }
        assertTrue(killedMidLoad, "could not kill the server during its load");

        int port = freePort();
        Process p = serve(dumps, store, port, temp.resolve("restart.log"));
        try {
            String count = waitForCount(port);
            assertEquals(String.valueOf(triples), count);
            assertTrue(Files.exists(store.resolve(Tdb2Store.COMPLETE_MARKER)));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), "SIGTERM stops the server");
        }
        assertFalse(p.isAlive());
    }

    private static boolean isLoading(Path store) {
        return Files.exists(store.resolve(Tdb2Store.LOADING_MARKER));
    }

    /** SIGKILL to the server's JVM (which {@code serve} started with the server's heap) and to its launcher. */
    private static void killServer(Process launcher) throws InterruptedException {
        for (ProcessHandle server : launcher.descendants().toList()) {
            server.destroyForcibly();
            server.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).join();
        }
        launcher.destroyForcibly();
        launcher.waitFor(10, TimeUnit.SECONDS);
    }

    private static Process serve(Path dumps, Path store, int port, Path log) throws IOException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.genaikg.cli.GenaiKg", "serve",
                "--dumps", dumps.toString(), "--tdb2", store.toString(), "--port", String.valueOf(port));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String waitForCount(int port) throws Exception {
        String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/kg/sparql?query=" + query))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) return r.body().split("\r\n")[1].strip();
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the restarted server did not answer");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
