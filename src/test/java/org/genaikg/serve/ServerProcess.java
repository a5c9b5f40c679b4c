package org.genaikg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The genai-kg server as a user starts it — {@code serve} in a JVM of its own, which runs itself with the server's
 * heap — on a free loopback port; and raw HTTP from any loopback address, so that a test can be several clients.
 * Always closed by the test that opens it.
 */
final class ServerProcess implements AutoCloseable {
    final Process process;
    final int port;
    final Path log;

    private ServerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Serves {@code dumps} with a {@code timeoutSeconds} limit and no answer cache, plus {@code options}. */
    static ServerProcess start(Path dumps, int timeoutSeconds, Path log, String... options) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.genaikg.cli.GenaiKg", "serve", "--dumps",
                dumps.toString(), "--port", String.valueOf(port), "--timeout", String.valueOf(timeoutSeconds),
                "--cache-mb", "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(process, port, log);
        try {
            server.awaitReady();
        } catch (Exception | AssertionError e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (status(request("127.0.0.1", "GET", "/$/ping", null, null)) == 200) return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not start: " + Files.readString(log));
    }

    /** Sends one request from {@code from} on a connection of its own and returns the whole answer. */
    String request(String from, String method, String path, String contentType, String body) throws IOException {
        return request(from, method, path, contentType, body, "");
    }

    /** As {@link #request(String, String, String, String, String)}, with extra header lines (each ending CR LF). */
    String request(String from, String method, String path, String contentType, String body, String headers)
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
    String query(String from, String sparql) throws IOException {
        return request(from, "POST", "/kg/sparql", "application/sparql-query", sparql,
                "Accept: application/sparql-results+json\r\n");
    }

    /** A connection from {@code from} (a loopback address such as 127.0.0.2) to the server. */
    Socket connect(String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(from, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        return socket;
    }

    static int status(String answer) {
        return answer.length() < 12 ? -1 : Integer.parseInt(answer.substring(9, 12));
    }

    static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? "" : answer.substring(end + 4);
    }

    /** The largest resident memory the server (the launcher and the JVM it started) has had. */
    long peakResidentKb() throws IOException {
        return ServerMemoryTest.peakResidentKb(process.toHandle());
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
        for (ProcessHandle child : children) {
            child.destroy();
            child.onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).join();
            child.destroyForcibly();
        }
    }
}
