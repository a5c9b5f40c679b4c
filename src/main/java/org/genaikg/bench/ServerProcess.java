package org.genaikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server in its own JVM on a free loopback port, as a user runs it — genai-kg's {@code serve} (which may start
 * itself again with the server's heap) or plain Fuseki — ready once it has answered a first query; and raw HTTP
 * from any loopback address, so that one caller can be several clients. Stopped, with every process it started,
 * when closed. The benchmarks and the tests that run the server as a user would both use it.
 */
public final class ServerProcess implements AutoCloseable {
    public final Process process;
    public final int port;
    public final String baseUrl;
    public final Path log;
    /** From the start of the JVM to its first answered query. */
    public final double startupSeconds;

    private ServerProcess(Process process, int port, Path log, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.log = log;
        this.startupSeconds = startupSeconds;
    }

    /** Starts genai-kg's {@code serve} with {@code args}, logging to {@code log}. */
    public static ServerProcess start(Path log, String... args) throws IOException, InterruptedException {
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(BuildBenchmark.javaBinary(), "-cp", BuildBenchmark.classPath(),
                "org.genaikg.cli.GenaiKg", "serve", "--port", String.valueOf(port)));
        cmd.addAll(List.of(args));
        return start(cmd, port, log, null);
    }

    /**
     * Starts plain Fuseki (the {@code jena-fuseki-server} jar) serving {@code dump} read-only at {@code /kg} on
     * loopback, in its own JVM with the default heap.
     */
    public static ServerProcess startFuseki(Path fusekiJar, Path dump, Path log) throws IOException, InterruptedException {
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
            if (!p.isAlive()) throw new IOException("server exited: " + Files.readString(log));
            try {
                if (http.send(first, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return new ServerProcess(p, port, log, (System.nanoTime() - start) / 1e9);
                }
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        stop(p);
        throw new IOException("server did not answer within 180 s: see " + log);
    }

    /** Resident memory of the server — the process and every process it started — in MB, from /proc (Linux). */
    public long residentMb() throws IOException {
        long kb = residentKb(process.pid());
        for (ProcessHandle child : process.descendants().toList()) kb += Math.max(0, residentKb(child.pid()));
        return kb < 0 ? -1 : kb / 1024;
    }

    private static long residentKb(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) return -1;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }

    /** Sends one request from {@code from} on a connection of its own and returns the whole answer. */
    public String request(String from, String method, String path, String contentType, String body) throws IOException {
        return request(from, method, path, contentType, body, "");
    }

    /** As {@link #request(String, String, String, String, String)}, with extra header lines (each ending CR LF). */
    public String request(String from, String method, String path, String contentType, String body, String headers)
            throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = connect(from)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + (body == null ? "" : "Content-Length: " + bytes.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A SPARQL query POSTed from {@code from}; the whole answer. */
    public String query(String from, String sparql) throws IOException {
        return request(from, "POST", "/kg/sparql", "application/sparql-query", sparql,
                "Accept: application/sparql-results+json\r\n");
    }

    /** A connection from {@code from} (a loopback address such as 127.0.0.2) to the server. */
    public Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        return socket;
    }

    /** The status code of a raw answer. */
    public static int status(String answer) {
        return answer.length() < 12 ? -1 : Integer.parseInt(answer.substring(9, 12));
    }

    /** The body of a raw answer. */
    public static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? "" : answer.substring(end + 4);
    }

    public String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() {
        stop(process);
    }

    private static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : children) {
            child.destroy();
            child.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        }
    }
}
