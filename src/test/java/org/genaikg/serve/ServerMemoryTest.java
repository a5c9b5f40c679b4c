package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.genaikg.RealBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server, started as a user starts it (its own JVM, no heap option: {@code serve} then runs itself in a JVM with
 * the server's heap), stays under 1 GB of resident memory at its peak while clients send the memory-hungry queries of
 * the hostile suite, four at a time.
 */
class ServerMemoryTest {
    private static final long MAX_PEAK_RSS_KB = 1024L * 1024;
    private static final int TIMEOUT_SECONDS = 3;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void residentMemoryStaysUnderOneGigabyteThroughTheHostileQueries(@TempDir Path temp) throws Exception {
        Path dumps = temp.resolve("dumps");
        RealBuild.copyDumpsTo(dumps);
        int port = freePort();
        Path log = temp.resolve("serve.log");
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.genaikg.cli.GenaiKg", "serve", "--dumps",
                dumps.toString(), "--port", String.valueOf(port), "--timeout", String.valueOf(TIMEOUT_SECONDS),
                "--cache-mb", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            String base = "http://127.0.0.1:" + port + "/kg/sparql";
            awaitReady(base, server, log);
            List<String> hostile = hostileQueries();
            List<Future<Integer>> answers = new ArrayList<>();
            for (int round = 0; round < 1; round++) {
                for (String q : hostile) {
                    for (int c = 0; c < 4; c++) {
                        String unique = q + " # " + round + "-" + c;
                        answers.add(clients.submit(() -> post(base, unique)));
                    }
                }
            }
            for (Future<Integer> a : answers) {
                int status = a.get(120, TimeUnit.SECONDS);
                assertTrue(List.of(200, 400, 413, 503).contains(status), "status " + status);
            }
            assertTrue(server.isAlive(), "the server died: " + Files.readString(log));
            long peak = peakResidentKb(server.toHandle());
            System.out.println("server peak resident memory: " + peak / 1024 + " MB");
            assertTrue(peak < MAX_PEAK_RSS_KB, "peak resident memory " + peak / 1024 + " MB");
            assertTrue(!Files.readString(log).contains("OutOfMemoryError"), "OutOfMemoryError in the log");
        } finally {
            clients.shutdownNow();
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) server.destroyForcibly();
        }
    }

    private static List<String> hostileQueries() {
        String doubling = "SELECT (STRLEN(?a27) AS ?n) WHERE { BIND(\"ab\" AS ?a0) " + IntStream.range(0, 27)
                .mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ").collect(Collectors.joining()) + "}";
        String values = IntStream.range(0, 300).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        String nines = "9".repeat(9_000);
        String squaring = "SELECT ?d WHERE { BIND(" + nines + " AS ?a) BIND(?a * ?a AS ?b) BIND(?b * ?b AS ?c) BIND(?c * ?c AS ?d) }";
        String longCast = "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (xsd:integer(?a5) AS ?i) WHERE { "
                + "BIND(\"1111111111111111\" AS ?a0) " + IntStream.range(0, 5).mapToObj(i -> "BIND(CONCAT(?a" + i + ", ?a" + i
                + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ", ?a" + i + ") AS ?a" + (i + 1) + ") ")
                .collect(Collectors.joining()) + "}";
        String sprintf = "PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:sprintf(\"%900000000s\", \"x\") AS ?s) {}";
        return List.of(doubling, squaring, longCast, sprintf,
                "SELECT * WHERE { VALUES ?a { " + values + " } VALUES ?b { " + values + " } VALUES ?c { " + values + " } }",
                "CONSTRUCT { ?a ?b ?c . ?d ?e ?f } WHERE { ?a ?b ?c . ?d ?e ?f }",
                "SELECT (GROUP_CONCAT(STR(?c); separator=' ') AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f }",
                "SELECT ?a ?c ?f WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY DESC(?c) ?f",
                "DESCRIBE ?a WHERE { ?a ?b ?c }");
    }

    private int post(String url, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void awaitReady(String url, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                if (post(url, "ASK {}") == 200) return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    /** The largest VmHWM of the process and the server JVM it started. */
    static long peakResidentKb(ProcessHandle process) throws IOException {
        long peak = peakResidentKb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) peak = Math.max(peak, peakResidentKb(child.pid()));
        return peak;
    }

    /** VmHWM: the most resident memory the process has had since it started. */
    private static long peakResidentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        throw new IOException("no VmHWM in /proc/" + pid + "/status");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
