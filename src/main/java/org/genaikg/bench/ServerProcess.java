package org.genaikg.bench;

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

/** A genai-kg server in its own JVM on a free loopback port, as a user runs it; stopped with SIGTERM. */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final String baseUrl;
    final double startupSeconds;

    private ServerProcess(Process process, String baseUrl, double startupSeconds) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.startupSeconds = startupSeconds;
    }

    /** Starts {@code serve} with {@code extraArgs} and waits until the first query is answered. */
    static ServerProcess start(Path log, String... extraArgs) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(BuildBenchmark.javaBinary(), "-cp", BuildBenchmark.classPath(),
                "org.genaikg.cli.GenaiKg", "serve", "--port", String.valueOf(port), "--max-concurrent", "64"));
        cmd.addAll(List.of(extraArgs));
        return start(cmd, port, log, null);
    }

    /**
     * Starts plain Fuseki (the {@code jena-fuseki-server} jar) serving {@code dump} read-only at {@code /kg} on
     * loopback, in its own JVM with the default heap, as genai-kg runs.
     */
    static ServerProcess startFuseki(Path fusekiJar, Path dump, Path log) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = List.of(BuildBenchmark.javaBinary(), "-jar", fusekiJar.toAbsolutePath().toString(),
                "--localhost", "--port", String.valueOf(port), "--file", dump.toAbsolutePath().toString(), "/kg");
        // Fuseki writes its run area (config, logs, backups) under FUSEKI_BASE: keep it beside the log, not here
        Path base = log.toAbsolutePath().resolveSibling("fuseki-base");
        Files.createDirectories(base);
        return start(cmd, port, log, base);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static ServerProcess start(List<String> cmd, int port, Path log, Path fusekiBase)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        if (fusekiBase != null) builder.directory(fusekiBase.toFile()).environment().put("FUSEKI_BASE", fusekiBase.toString());
        Process p = builder.start();
        String base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest first = HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IOException("server exited: see " + log);
            try {
                if (http.send(first, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return new ServerProcess(p, base, (System.nanoTime() - start) / 1e9);
                }
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        p.destroyForcibly();
        throw new IOException("server did not answer within 180 s: see " + log);
    }

    /** Resident memory of the server process in MB, from /proc (Linux). */
    long residentMb() throws IOException {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
        return -1;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
