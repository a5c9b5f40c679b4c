package org.genaikg.serve;

import java.nio.file.Path;
import java.util.Objects;

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
 */
public record ServeConfig(String host, int port, int timeoutSeconds, Path dumps, Path queries,
                          int maxConcurrentPerClient, int maxRows, int maxQueryBytes, long cacheBytes) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;
    public static final int DEFAULT_MAX_ROWS = 10_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final String DATASET = "/kg";
    /** Memory for cached query answers; the graph is read-only, so an answer stays right while the server runs. */
    public static final long DEFAULT_CACHE_BYTES = 64L * 1024 * 1024;

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
    }

    public static ServeConfig defaults(Path dumps, Path queries) {
        return new ServeConfig(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT_SECONDS, dumps, queries,
                DEFAULT_MAX_CONCURRENT_PER_CLIENT, DEFAULT_MAX_ROWS, DEFAULT_MAX_QUERY_BYTES, DEFAULT_CACHE_BYTES);
    }

    public ServeConfig withPort(int newPort) {
        return new ServeConfig(host, newPort, timeoutSeconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes);
    }

    public ServeConfig withTimeout(int seconds) {
        return new ServeConfig(host, port, seconds, dumps, queries, maxConcurrentPerClient, maxRows,
                maxQueryBytes, cacheBytes);
    }

    public ServeConfig withLimits(int concurrent, int rows, int queryBytes) {
        return new ServeConfig(host, port, timeoutSeconds, dumps, queries, concurrent, rows, queryBytes,
                cacheBytes);
    }
}
