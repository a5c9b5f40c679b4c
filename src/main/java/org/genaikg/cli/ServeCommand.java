package org.genaikg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StagedBuild;
import org.genaikg.pipeline.StageLog;
import org.genaikg.query.GraphSource;
import org.genaikg.serve.KgServer;
import org.genaikg.serve.ServeConfig;
import org.genaikg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the graph from the tables (same checks as build), write the dumps, and serve it read-only: "
                + "SPARQL at /kg/sparql, the web UI at /, the dumps at /dumps/, example queries at /queries/. The port is "
                + "checked before the build, and new dumps replace the old only once the server has it.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host = ServeConfig.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free port).")
    int port = ServeConfig.DEFAULT_PORT;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Query time-out (default: ${DEFAULT-VALUE}).")
    int timeout = ServeConfig.DEFAULT_TIMEOUT_SECONDS;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Queries one client may run at once; more get 429 (default: ${DEFAULT-VALUE}).")
    int maxConcurrent = ServeConfig.DEFAULT_MAX_CONCURRENT_PER_CLIENT;

    @Option(names = "--max-rows", paramLabel = "N", description = "Row cap of a SELECT answer (default: ${DEFAULT-VALUE}).")
    int maxRows = ServeConfig.DEFAULT_MAX_ROWS;

    @Option(names = "--cache-mb", paramLabel = "MB",
            description = "Memory for cached query answers; 0 turns the cache off (default: ${DEFAULT-VALUE}).")
    long cacheMb = ServeConfig.DEFAULT_CACHE_BYTES >> 20;

    @Option(names = "--queries", paramLabel = "DIR", description = "Example queries to list (default: ${DEFAULT-VALUE}).")
    Path queries = Path.of("queries");

    @Option(names = "--allow-service", paramLabel = "HOST", split = ",",
            description = "Hosts a SERVICE clause may call, comma-separated. Default: none — SERVICE is off.")
    java.util.List<String> allowService = java.util.List.of();

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The URL users reach the server at (behind a reverse proxy), for the VoID description.")
    String publicUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = "Addresses of reverse proxies whose X-Forwarded-For / Forwarded header names the client, "
                    + "comma-separated. Default: none — the connection's address is the client.")
    java.util.List<String> trustedProxies = java.util.List.of();

    @Option(names = "--tdb2", paramLabel = "DIR", description = "Serve from a persistent TDB2 store in DIR, loading it first if needed.")
    Path tdb2;

    @ArgGroup(exclusive = true)
    Source source = new Source();

    static final class Source {
        @Option(names = "--dumps", paramLabel = "DIR", description = "Serve the dumps of an earlier build instead of building.")
        Path dumps;
    }

    @Mixin
    DataOptions data;

    private Tdb2Store store;

    @Override
    public Integer call() throws Exception {
        FreePort.require(host, port);
        if (tdb2 != null) Tdb2Store.requireStoreFolder(tdb2);
        Path dumps = source.dumps != null ? source.dumps : BuildConfig.DEFAULT_OUT;
        String servedUrl = publicUrl != null ? publicUrl.replaceAll("/+$", "") : "http://" + host + ":" + port;
        ServeConfig config = new ServeConfig(host, port, timeout, dumps, queries, maxConcurrent, maxRows,
                ServeConfig.DEFAULT_MAX_QUERY_BYTES, cacheMb << 20)
                .withServiceHosts(java.util.Set.copyOf(allowService))
                .withPublicUrl(publicUrl)
                .withTrustedProxies(java.util.Set.copyOf(trustedProxies));
        KgServer server;
        if (source.dumps != null) {
            server = start(config, dataset(dumps, () -> GraphSource.fromDumps(dumps, System.out)));
        } else {
            BuildConfig buildConfig = data.config(dumps, true, servedUrl);
            // the new dumps replace the old only once the server has its port: a failed start leaves them as they were
            try (StagedBuild staged = new Pipeline(buildConfig, new StageLog(System.out)).stage()) {
                Graph graph = staged.built().graph();
                server = start(config, dataset(staged.folder(), () -> graph));
                try {
                    staged.commit();
                } catch (IOException | RuntimeException e) {
                    server.close();
                    throw e;
                }
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping genai-kg server");
            server.close();
        }, "genai-kg-shutdown"));
        System.out.println("serving  genai-kg on " + server.baseUrl());
        server.urls().forEach(u -> System.out.println("  " + u));
        server.join();
        return 0;
    }

    /** The graph in {@code dumps}, in memory or in the TDB2 store (loaded only when the store lacks that dump). */
    private DatasetGraph dataset(Path dumps, Supplier<Graph> graph) throws IOException {
        if (tdb2 == null) return KgServer.inMemory(graph.get());
        // kept open while the process serves: the store's lock keeps any second server off it
        store = Tdb2Store.openOrLoad(tdb2, GraphSource.dumpFile(dumps), graph, System.out);
        return store.dataset();
    }

    private KgServer start(ServeConfig config, DatasetGraph dataset) {
        try {
            return KgServer.start(config, dataset);
        } catch (RuntimeException e) {
            // another process took the port between the check and now
            if (FreePort.isBindFailure(e)) throw FreePort.inUse(port);
            throw e;
        }
    }
}
