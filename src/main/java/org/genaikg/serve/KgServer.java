package org.genaikg.serve;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.genaikg.dataset.ReadModel;
import org.genaikg.serve.http.AnswerCacheFilter;
import org.genaikg.serve.http.ClientAddressFilter;
import org.genaikg.serve.http.ClientAdmissionFilter;
import org.genaikg.serve.http.ConnectionLimits;
import org.genaikg.serve.http.NoCredentialsCorsFilter;
import org.genaikg.serve.http.QueryResultCache;
import org.genaikg.serve.http.RefusedBodyFilter;
import org.genaikg.serve.http.SecurityHeadersFilter;
import org.genaikg.serve.limits.AnswerCollector;
import org.genaikg.serve.limits.GraphStatsReorder;
import org.genaikg.serve.limits.PreparedQueries;
import org.genaikg.serve.limits.QueryGate;
import org.genaikg.serve.limits.QueryGuard;
import org.genaikg.serve.limits.QueryLimits;
import org.genaikg.query.ExampleQuery;
import org.genaikg.web.SiteModule;

/**
 * The running genai-kg server: an embedded Fuseki serving the dataset at {@code /kg} read-only, with the web UI,
 * the dumps, the VoID description and the example queries. Read-only by construction (the dataset service declares
 * only query and Graph Store read); every query runs through {@link GuardedQueryAction}; servlet filters handle
 * only HTTP concerns: CORS, per-client admission and the answer cache.
 */
public final class KgServer implements AutoCloseable {
    /** Long enough for any real client between two requests of a keep-alive connection; a trickle is cut off. */
    static final long IDLE_TIMEOUT_MILLIS = 10_000;
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
    /**
     * The response buffer. Fuseki's builder asks Jetty for 5 MB, larger than any buffer Jetty pools, so every answer
     * allocated and zeroed 5 MB of direct memory and left it to the garbage collector: more than half of the server's
     * time on a small query, and a pause whenever direct memory ran out. Every answer here is complete before its
     * first byte is written (the query action collects it whole; pages are built whole), so nothing needs a larger
     * buffer to change its status late; Jetty's own default size is pooled.
     */
    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;
    private final FusekiServer fuseki;
    private final ServeConfig config;

    private KgServer(FusekiServer fuseki, ServeConfig config) {
        this.fuseki = fuseki;
        this.config = config;
    }

    /**
     * A dataset for serving {@code graph} from memory. The graph is read-only while served, so it is served as it
     * is — no transactional copy — which is both smaller and faster to query.
     */
    public static DatasetGraph inMemory(Graph graph) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        dataset.prefixes().putAll(graph.getPrefixMapping().getNsPrefixMap());
        return dataset;
    }

    /** Starts serving {@code dataset}, whose default graph is the built knowledge graph. */
    public static KgServer start(ServeConfig config, DatasetGraph dataset) {
        List<ExampleQuery> queries = ExampleQuery.all(config.queries());
        // The read model extends the dataset's context with the text index and the full DESCRIBE, so it comes
        // before anything copies that context.
        ReadModel model = ReadModel.attachTo(dataset);
        ServeConfig.Capacity capacity = config.capacity();
        QueryLimits limits = new QueryLimits(config.timeoutSeconds(), config.maxRows(), config.maxStringChars(),
                config.serviceHosts(), TDBInternal.isBackedByTDB(dataset) ? null
                        : dataset.calculateRead(() -> GraphStatsReorder.of(dataset.getDefaultGraph())));
        // one gate for every query, asked by the protocol or by a page that draws an answer
        QueryGate gate = new QueryGate(capacity.runningQueries(), capacity.waitingQueries());
        // queries prepared by text, shared by both paths: the most recent 256, of up to 8 KB each
        PreparedQueries prepared = new PreparedQueries(
                new QueryGuard(config.maxRows(), config.serviceHosts(), limits.functions()),
                GuardedQueryAction::withPrefixes, 256, 8 * 1024);
        GuardedSelect answers = new GuardedSelect(dataset, config, limits, gate, prepared,
                new AnswerCollector(config.maxTriples(), config.maxAnswerChars()));
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .numServerThreads(Math.min(8, capacity.threads()), capacity.threads())
                .loopback(false)
                .enablePing(true)
                .enableStats(false)
                .enableCors(false, null)
                .verbose(false)
                .registerOperation(Operation.Query, new GuardedQueryAction(config, limits, gate, prepared,
                        dataset.calculateRead(() -> dataset.getDefaultGraph().size())))
                .add(ServeConfig.DATASET, readOnly(dataset))
                // who the client is comes first: every later filter counts and logs by that address
                .addFilter("/*", new ClientAddressFilter(config.trustedProxies()))
                .addFilter("/*", new SecurityHeadersFilter(SiteModule.inlineScripts()))
                .addFilter("/*", new ClientAdmissionFilter("requests", capacity.requestsPerClient(),
                        capacity.threads() - ServeConfig.Capacity.WORKERS_FOR_PAGES, 3L * config.maxQueryBytes() + 1024))
                .addFilter("/*", new RefusedBodyFilter())
                .addFilter("/*", new NoCredentialsCorsFilter(GuardedQueryAction.ROW_CAP_HEADER))
                .addFilter(ServeConfig.DATASET + "/*", new ClientAdmissionFilter("queries",
                        config.maxConcurrentPerClient(), capacity.runningQueries() + capacity.waitingQueries(),
                        3L * config.maxQueryBytes() + 1024))
                .addFilter(ServeConfig.DATASET + "/*", new AnswerCacheFilter(new QueryResultCache(config.cacheBytes()),
                        GuardedQueryAction.ROW_CAP_HEADER))
                .addServlet("/$/server", new ActionServerStatus())
                .fusekiModules(FusekiModules.create(new SiteModule(model,
                        new SiteModule.Settings(queries, config.maxRows(), config.dumps(), config.publicUrl(), answers))));
        FusekiServer fuseki = builder.build();
        configureConnectors(fuseki, config);
        ConnectionLimits.install(fuseki.getJettyServer(), capacity.connections(), capacity.connectionsPerClient());
        fuseki.start();
        return new KgServer(fuseki, config);
    }

    /**
     * The dataset service: exactly the endpoints genai-kg offers — SPARQL query at {@code /kg}, {@code /kg/sparql}
     * and {@code /kg/query}, the Graph Store read at {@code /kg/get} — and nothing else. Update, upload and Graph
     * Store writes are not refused; they do not exist.
     */
    static DataService readOnly(DatasetGraph dataset) {
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
    }

    /**
     * Binds only the configured host (Jetty binds every interface unless told), and bounds how long a client may
     * take to send a request and how long its request line may be: an idle connection is closed after
     * {@link #IDLE_TIMEOUT_MILLIS}, and a body that arrives slower than {@link #MIN_REQUEST_BYTES_PER_SECOND} is cut
     * off.
     */
    private static void configureConnectors(FusekiServer fuseki, ServeConfig config) {
        for (var connector : fuseki.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(config.host());
                sc.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
                for (var factory : sc.getConnectionFactories()) {
                    if (factory instanceof HttpConnectionFactory http) {
                        http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                        http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                        // a GET carries its query in the URL, which Fuseki logs whole: room for the longest query only
                        http.getHttpConfiguration().setRequestHeaderSize(3 * config.maxQueryBytes() + 8192);
                    }
                }
            }
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** The URLs a user needs, one per line, for the start-up log. */
    public List<String> urls() {
        String b = baseUrl();
        return List.of(
                "SPARQL endpoint   " + b + "/kg/sparql   (also " + b + "/kg/query and " + b + "/kg)",
                "Graph Store (GET) " + b + "/kg/get?default",
                "Home page         " + b + "/",
                "SPARQL editor     " + b + "/ui/   (the Fuseki UI, read-only)",
                "Statistics        " + b + "/statistics",
                "Timeline          " + b + "/timeline",
                "Example queries   " + b + "/queries/",
                "Resource pages    " + b + "/resource/{kind}/{id}   (ontology " + b + "/ontology, data set " + b + "/dataset)",
                "Search            " + b + "/search?q=NAME",
                "Dumps             " + b + "/dumps/",
                "VoID description  " + b + "/.well-known/void",
                "Health            " + b + "/$/ping");
    }

    public void join() {
        fuseki.join();
    }

    /** The Jetty server underneath, for tests of its settings. */
    org.eclipse.jetty.server.Server jetty() {
        return fuseki.getJettyServer();
    }

    @Override
    public void close() {
        fuseki.stop();
    }

}
