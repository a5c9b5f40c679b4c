package org.genaikg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.RealBuild;
import org.genaikg.TestData;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;

/** A genai-kg server on a free loopback port, for tests; always closed by the test that opens it. */
public final class TestServer implements AutoCloseable {
    public final KgServer server;
    public final DatasetGraph dataset;
    public final Path dumps;
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(KgServer server, DatasetGraph dataset, Path dumps) {
        this.server = server;
        this.dataset = dataset;
        this.dumps = dumps;
    }

    /** Builds {@code data} into {@code dumps} and serves it with {@code config}'s limits on a free port. */
    public static TestServer start(Path data, Path dumps, ServeConfig config) throws IOException {
        Graph graph;
        if (data.toAbsolutePath().normalize().equals(TestData.REAL.toAbsolutePath().normalize())) {
            // the real data is built once per test JVM; this server serves a copy of its dumps
            graph = RealBuild.graph();
            RealBuild.copyDumpsTo(dumps);
        } else {
            graph = new Pipeline(BuildConfig.defaults().withData(data).withOut(dumps), StageLog.silent()).build().graph();
        }
        DatasetGraph dsg = KgServer.inMemory(graph);
        return new TestServer(KgServer.start(config.withPort(0), dsg), dsg, dumps);
    }

    public String url(String path) {
        return server.baseUrl() + path;
    }

    public long triples() {
        return dataset.calculateRead(() -> (long) dataset.getDefaultGraph().size());
    }

    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a query on a connection of its own, as a client that sends a whole oversized body would. */
    public HttpResponse<String> queryAlone(String sparql) throws IOException, InterruptedException {
        HttpClient alone = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/kg/sparql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql)).build();
        return alone.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Writes {@code head} (request line and headers, without the blank line) on a raw socket and returns the
     * answer's status line and headers; the body is never sent, as a client waiting for {@code 100 Continue}.
     */
    public String rawHead(String head) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((head + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return end < 0 ? answer : answer.substring(0, end);
        }
    }

    public HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/kg/sparql"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (accept != null) b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * POSTs {@code query} on a connection of its own from {@code fromAddress} (a loopback address such as
     * 127.0.0.2), so that the server sees another client; returns the answer's status.
     */
    public int rawPost(String fromAddress, String query) throws java.io.IOException {
        byte[] body = query.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(fromAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()), 5000);
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                    + "Accept: application/sparql-results+json\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            java.io.InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            in.readAllBytes();
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
