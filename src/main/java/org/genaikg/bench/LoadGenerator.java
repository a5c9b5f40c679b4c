package org.genaikg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop HTTP load on loopback: N clients each send the next query of the mix as soon as the previous one
 * is answered, for a fixed time. Bounded in time; counts every non-200 answer as an error.
 */
final class LoadGenerator {
    /** Latencies in milliseconds, sorted, and the errors of one run. */
    record Outcome(int clients, double seconds, List<Double> latenciesMs, long errors) {
        double throughput() { return latenciesMs.size() / seconds; }
        double percentile(double p) {
            if (latenciesMs.isEmpty()) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * latenciesMs.size()) - 1;
            return latenciesMs.get(Math.max(0, Math.min(i, latenciesMs.size() - 1)));
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final String endpoint;
    private final List<String> queries;

    LoadGenerator(String endpoint, List<String> queries) {
        this.endpoint = endpoint;
        this.queries = List.copyOf(queries);
    }

    /** Each query once, timed, {@code times} times over: for per-query percentiles. */
    List<Double> timeQuery(String query, int times) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> r = http.send(request(query), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("query answered " + r.statusCode() + ": " + query);
            ms.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    Outcome run(int clients, int seconds) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            pool.submit(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    String q = queries.get(i++ % queries.size());
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(request(q), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() == 200) latencies.add((System.nanoTime() - t) / 1e6);
                        else errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Outcome(clients, elapsed, sorted, errors.get());
    }

    private HttpRequest request(String query) {
        return HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
    }
}
