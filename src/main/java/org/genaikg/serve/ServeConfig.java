package org.genaikg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings of a running server, fixed before it starts.
 *
 * @param host              the address to bind; loopback unless the operator says otherwise
 * @param port              the port; 0 picks a free one (tests)
 * @param timeoutSeconds    the longest a query may run before it is answered with 503
 * @param dumps             the folder whose dump files are served under /dumps/
 * @param queries           the folder of example queries listed under /queries/
 * @param maxConcurrentPerClient queries one client address may run at once before it is answered with 429
 * @param maxRows           the most rows a SELECT answers with; further rows are cut with a notice header
 * @param maxQueryBytes     the longest query text accepted (413 beyond it)
 * @param cacheBytes        memory for cached query answers; 0 turns the cache off
 * @param serviceHosts      hosts a SERVICE clause may call; empty (the default) turns SERVICE off
 * @param publicUrl         the URL the server is reached at from outside (behind a proxy), or null
 * @param maxTriples        the most triples a CONSTRUCT or DESCRIBE answers with (413 beyond)
 * @param maxStringChars    the longest string a query may compute (CONCAT, REPLACE, GROUP_CONCAT …; 413 beyond)
 * @param maxAnswerChars    the most characters of RDF terms an answer may hold (413 beyond)
 * @param capacity          workers, connections and queries the server takes at once
 * @param trustedProxies    addresses of reverse proxies whose {@code X-Forwarded-For}/{@code Forwarded} header names
 *                          the client; from any other address those headers are ignored
 */
public record ServeConfig(String host, int port, int timeoutSeconds, Path dumps, Path queries,
                          int maxConcurrentPerClient, int maxRows, int maxQueryBytes, long cacheBytes,
                          Set<String> serviceHosts, String publicUrl, int maxTriples, int maxStringChars,
                          long maxAnswerChars, Capacity capacity, Set<String> trustedProxies) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final String DATASET = "/kg";
    /** Memory for cached query answers; the graph is read-only, so an answer stays right while the server runs. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;
    /** More than the whole graph has today, so any graph-shaped question about it can be answered in one go. */
    public static final int DEFAULT_MAX_TRIPLES = 200_000;
    public static final int DEFAULT_MAX_STRING_CHARS = 1 << 20;
    /** About 64 MB of answer text: enough for every capped answer of ordinary terms, far below the heap. */
    public static final long DEFAULT_MAX_ANSWER_CHARS = 32L << 20;

    public ServeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dumps, "dumps");
        Objects.requireNonNull(queries, "queries");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port: not a port number: " + port);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("timeout: must be at least 1 second: " + timeoutSeconds);
        if (maxConcurrentPerClient < 1) throw new IllegalArgumentException("maxConcurrentPerClient: must be at least 1");
        if (maxRows < 1) throw new IllegalArgumentException("maxRows: must be at least 1");
        if (maxQueryBytes < 64) throw new IllegalArgumentException("maxQueryBytes: must be at least 64");
        if (cacheBytes < 0) throw new IllegalArgumentException("cacheBytes: must not be negative");
        if (maxTriples < 1) throw new IllegalArgumentException("maxTriples: must be at least 1");
        if (maxStringChars < 64) throw new IllegalArgumentException("maxStringChars: must be at least 64");
        if (maxAnswerChars < 1024) throw new IllegalArgumentException("maxAnswerChars: must be at least 1024");
        serviceHosts = Set.copyOf(normalisedHosts(Objects.requireNonNull(serviceHosts, "serviceHosts")));
        if (publicUrl != null) publicUrl = checkedPublicUrl(publicUrl);
        Objects.requireNonNull(capacity, "capacity");
        trustedProxies = Set.copyOf(Objects.requireNonNull(trustedProxies, "trustedProxies"));
        if (capacity.runningQueries() + capacity.waitingQueries() + Capacity.WORKERS_FOR_PAGES > capacity.threads()) {
            throw new IllegalArgumentException("capacity: " + capacity.threads() + " workers cannot run "
                    + capacity.runningQueries() + " queries, queue " + capacity.waitingQueries() + " and keep "
                    + Capacity.WORKERS_FOR_PAGES + " for pages");
        }
    }

    /**
     * What the server takes at once. The defaults fit the machine: query executions are CPU-bound, so a few per core;
     * the worker pool holds those, the queue and spare workers for pages, so a full query queue never stops a page.
     *
     * @param threads              Jetty's worker pool
     * @param runningQueries       queries executing at once on the whole server
     * @param waitingQueries       queries waiting for a slot; beyond, 503 at once
     * @param requestsPerClient    requests one client address may have in progress on any path (429 beyond)
     * @param connections          open connections in all (further ones wait in the kernel's queue)
     * @param connectionsPerClient open connections from one address (further ones are closed at once)
     */
    public record Capacity(int threads, int runningQueries, int waitingQueries, int requestsPerClient,
                           int connections, int connectionsPerClient) {
        /** Workers never given to queries, so pages, search and the health check are always served. */
        static final int WORKERS_FOR_PAGES = 8;
        public static final int DEFAULT_THREADS = 64;
        public static final int DEFAULT_REQUESTS_PER_CLIENT = 16;
        public static final int DEFAULT_CONNECTIONS = 1024;
        public static final int DEFAULT_CONNECTIONS_PER_CLIENT = 64;

        public Capacity {
            if (threads < 8) throw new IllegalArgumentException("threads: must be at least 8: " + threads);
            if (runningQueries < 1) throw new IllegalArgumentException("runningQueries: must be at least 1");
            if (waitingQueries < 0) throw new IllegalArgumentException("waitingQueries: must not be negative");
            if (requestsPerClient < 1) throw new IllegalArgumentException("requestsPerClient: must be at least 1");
            if (connections < 2) throw new IllegalArgumentException("connections: must be at least 2");
            if (connectionsPerClient < 1 || connectionsPerClient > connections) {
                throw new IllegalArgumentException("connectionsPerClient: must be between 1 and " + connections);
            }
        }

        /** Two query executions per core (at least four), the rest of the pool for the queue and the pages. */
        public static Capacity forThisMachine() {
            int running = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
            int threads = Math.max(DEFAULT_THREADS, running + WORKERS_FOR_PAGES + 16);
            return new Capacity(threads, running, threads - running - WORKERS_FOR_PAGES - 8,
                    DEFAULT_REQUESTS_PER_CLIENT, DEFAULT_CONNECTIONS, DEFAULT_CONNECTIONS_PER_CLIENT);
        }
    }

    /** The settings as they were before SERVICE, the public URL and the memory caps could be set. */
    public ServeConfig(String host, int port, int timeoutSeconds, Path dumps, Path queries, int maxConcurrentPerClient,
                       int maxRows, int maxQueryBytes, long cacheBytes) {
        this(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows, maxQueryBytes, cacheBytes,
                Set.of(), null, DEFAULT_MAX_TRIPLES, DEFAULT_MAX_STRING_CHARS, DEFAULT_MAX_ANSWER_CHARS,
                Capacity.forThisMachine(), Set.of());
    }

    public static ServeConfig defaults(Path dumps, Path queries) {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_SECONDS, dumps, queries,
                DEFAULT_MAX_CONCURRENT_PER_CLIENT, DEFAULT_MAX_ROWS, DEFAULT_MAX_QUERY_BYTES, DEFAULT_CACHE_BYTES);
    }

    public ServeConfig withPort(int newPort) {
        return new ServeConfig(host, newPort, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withTimeout(int seconds) {
        return new ServeConfig(host, port, seconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withLimits(int concurrent, int rows, int queryBytes) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, concurrent, rows, queryBytes,
                cacheBytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withCacheBytes(long bytes) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, bytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withServiceHosts(Set<String> hosts) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, hosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withPublicUrl(String url) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, url, maxTriples, maxStringChars, maxAnswerChars, capacity, trustedProxies);
    }

    public ServeConfig withMemoryCaps(int triples, int stringChars, long answerChars) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, publicUrl, triples, stringChars, answerChars, capacity,
                trustedProxies);
    }

    public ServeConfig withCapacity(Capacity newCapacity) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars,
                newCapacity, trustedProxies);
    }

    public ServeConfig withTrustedProxies(Set<String> proxies) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes, serviceHosts, publicUrl, maxTriples, maxStringChars, maxAnswerChars,
                capacity, proxies);
    }

    private static Set<String> normalisedHosts(Set<String> hosts) {
        Set<String> out = new TreeSet<>();
        for (String h : hosts) {
            String host = h.strip().toLowerCase(Locale.ROOT);
            if (host.isEmpty() || !host.matches("[a-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("allow-service: not a host name: '" + h + "'");
            }
            out.add(host);
        }
        return out;
    }

    private static String checkedPublicUrl(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public-url: not a URL: '" + url + "'");
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("public-url: expected http(s)://host[:port][/path], got '" + url + "'");
        }
        return trimmed;
    }
}
