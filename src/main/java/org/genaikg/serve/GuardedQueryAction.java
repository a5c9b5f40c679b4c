package org.genaikg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.riot.Lang;
import org.genaikg.vocab.Namespaces;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexParseException;
import org.eclipse.jetty.http.BadMessageException;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.web.HttpSC;
import org.genaikg.serve.http.UnreadBodies;
import org.genaikg.serve.limits.AnswerCollector;
import org.genaikg.serve.limits.AnswerTooLargeException;
import org.genaikg.serve.limits.MemoryPressure;
import org.genaikg.serve.limits.MemoryShortException;
import org.genaikg.serve.limits.PreparedQueries;
import org.genaikg.serve.limits.QueryGate;
import org.genaikg.serve.limits.QueryGuard;
import org.genaikg.serve.limits.QueryLimits;
import org.genaikg.web.page.VoidServlet;

/**
 * The server's one SPARQL query operation, registered with Fuseki for {@code Operation.Query}: Fuseki's own
 * protocol handling (GET, form POST, direct POST, content negotiation, dataset choice, result writing) extended at
 * its hooks. A text is parsed, judged by the {@link QueryGuard} (which refuses what cannot be made safe and caps
 * rows) and kept with its plan by {@link PreparedQueries}, once for every request that sends it;
 * {@link #createQueryExec} puts the server's {@link QueryLimits} and the request's deadline (the protocol's
 * {@code timeout=}, never past the server's limit) into the execution; {@link #executeQuery} waits for a slot at the
 * {@link QueryGate} and materialises the answer whole with {@link AnswerCollector} before the first byte is written,
 * so a time-out or a cap is always an error status with a message, never a 200 with a cut body; a SELECT answer in
 * SPARQL JSON is written by {@link SparqlJson}.
 *
 * <p>One step of Fuseki's template is replaced rather than extended: {@code execute(String, HttpAction)} parses the
 * text with no prefixes and logs it whole, while this server predeclares the project's prefixes and logs a bounded,
 * escaped line. It parses so, then calls the same hooks in the template's order.
 */
final class GuardedQueryAction extends SPARQL_QueryDataset {
    static final String ROW_CAP_HEADER = "X-Row-Cap";
    /** How much of a query the log shows: enough to recognise it, never a multi-megabyte line. */
    static final int LOGGED_QUERY_CHARS = 400;

    /** A path on this server: nothing that could leave the attribute it is written into, or name another host. */
    private static final java.util.regex.Pattern LOCAL_STYLESHEET = java.util.regex.Pattern.compile("/(?!/)[A-Za-z0-9._~/-]*");

    private final PreparedQueries prepared;
    private final QueryLimits limits;
    private final AnswerCollector collector;
    private final int maxRows;
    private final int maxQueryBytes;
    private final int timeoutSeconds;

    /** Where a browser asking for the endpoint itself is sent: the query editor on this dataset. */
    static final String EDITOR = "/ui/#/dataset/kg/query";
    private final QueryGate gate;
    private final ServeConfig config;
    private final ServiceDescription description;

    GuardedQueryAction(ServeConfig config, QueryLimits limits, QueryGate gate, PreparedQueries prepared, long triples) {
        this.gate = gate;
        this.prepared = prepared;
        this.config = config;
        this.description = new ServiceDescription(config, limits.functions(), triples);
        this.limits = limits;
        this.collector = new AnswerCollector(config.maxTriples(), config.maxAnswerChars());
        this.maxRows = config.maxRows();
        this.maxQueryBytes = config.maxQueryBytes();
        this.timeoutSeconds = config.timeoutSeconds();
    }

    /**
     * A GET of the endpoint without a query asks what the endpoint is: a browser is sent to the query editor, any
     * other client gets the Service Description (Turtle, or JSON-LD when it asks for it).
     */
    @Override
    public void execGet(HttpAction action) {
        if (action.getRequestQueryString() != null) {
            super.execGet(action);
            return;
        }
        String accept = String.valueOf(action.getRequestHeader("Accept"));
        try {
            if (accept.contains("text/html")) {
                action.setResponseStatus(HttpSC.SEE_OTHER_303);
                action.setResponseHeader("Location", EDITOR);
                return;
            }
            boolean jsonld = accept.contains("application/ld+json");
            String base = config.publicUrl() != null ? config.publicUrl() : VoidServlet.baseUrl(action.getRequest());
            byte[] body = description.describe(base + action.getRequestRequestURI(), base, jsonld ? Lang.JSONLD : Lang.TURTLE);
            action.setResponseStatus(HttpSC.OK_200);
            action.setResponseHeader("Vary", "Accept");
            action.setResponseContentType(jsonld ? "application/ld+json" : "text/turtle");
            action.setResponseCharacterEncoding("utf-8");
            action.setResponseContentLength(body.length);
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            action.abortSilent();
        }
    }

    /**
     * A request refused before its body is read (wrong Content-Type, no query) has what it sent read and dropped,
     * so that the client sees the refusal instead of a reset connection; a body still arriving is not waited for.
     */
    @Override
    public void validate(HttpAction action) {
        try {
            String encoding = action.getRequestHeader("Content-Encoding");
            if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
                ServletOps.error(HttpSC.UNSUPPORTED_MEDIA_TYPE_415, "Content-Encoding " + forLog(encoding)
                        + " is not accepted: send the query uncompressed (it is at most " + maxQueryBytes + " bytes).");
            }
            try {
                String stylesheet = action.getRequestParameter(HttpNames.paramStyleSheet);
                if (stylesheet != null && !LOCAL_STYLESHEET.matcher(stylesheet).matches()) {
                    ServletOps.errorBadRequest("stylesheet= must name a stylesheet on this server by its path "
                            + "(such as /results.xsl); it is written into the XML answer.");
                }
                super.validate(action);
            } catch (BadMessageException e) {
                ServletOps.errorBadRequest("The request could not be read: " + forLog(String.valueOf(e.getReason())));
            }
        } catch (ActionErrorException e) {
            try {
                UnreadBodies.discard(action.getRequest(), action.getResponse(), false);
            } catch (IOException io) {
                action.setResponseHeader("Connection", "close");
            }
            throw e;
        }
    }

    /** Reads a direct POST body only up to the query size limit: a longer body is refused without reading the rest. */
    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes(maxQueryBytes + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("Failed to read the query: " + e.getMessage());
            return;
        }
        if (body.length > maxQueryBytes) tooLong(action);
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) ServletOps.errorBadRequest("Empty query.");
        // a character is at most three bytes of UTF-8: only a text near the limit is measured in bytes
        if (queryString.length() > maxQueryBytes || queryString.length() * 3L > maxQueryBytes
                && queryString.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            tooLong(action);
        }
        String logText = forLog(queryString);
        action.log.info(String.format("[%d] Query = %s", action.id, logText));
        timeoutMillis(action);
        try {
            PreparedQueries.Prepared ready = prepare(queryString);
            if (ready.refusal().isPresent()) {
                action.log.info(String.format("[%d] refused: %s", action.id, forLog(ready.refusal().get())));
                ServletOps.errorBadRequest(ready.refusal().get());
            }
            Query query = ready.query();
            validateQuery(action, query);
            if (ready.capped()) {
                action.setResponseHeader(ROW_CAP_HEADER, maxRows + "; answers are cut at " + maxRows
                        + " rows: page with LIMIT and OFFSET, or download the dumps under /dumps/");
            }
            action.beginRead();
            try {
                Pair<DatasetGraph, Query> target = decideDataset(action, query, logText);
                Query toRun = target.getRight() == null ? query : target.getRight();
                QueryExecResult answer;
                try (QueryExec exec = createQueryExec(action, toRun, target.getLeft())) {
                    answer = executeQuery(action, exec, query, logText);
                }
                sendResults(action, answer, query.getPrologue());
            } finally {
                action.endRead();
            }
        } catch (StackOverflowError e) {
            // a flat but long chain of operators, which the nesting check cannot see, recursed too deep
            ServletOps.errorBadRequest("The query is too deeply nested to evaluate.");
        }
    }

    /** The text parsed with the project's prefixes, judged by the guard and capped, or a 400 saying why it does not parse. */
    private PreparedQueries.Prepared prepare(String queryString) {
        try {
            return prepared.prepare(queryString);
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            ServletOps.errorBadRequest(forLog(SPARQLProtocol.messageForException(e)));
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * The query {@code text} is, with the project's prefixes predeclared (a PREFIX line of the query wins); a text
     * that does not parse throws ARQ's exception. Every query of the server, asked by the protocol or by a page, is
     * parsed so.
     */
    static Query withPrefixes(String text) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.queryPrefixes()));
        QueryFactory.parse(query, text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        return query;
    }

    /** The execution with the server's limits in its context and the request's deadline. */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext()), dataset,
                        prepared)
                .overallTimeout(timeoutMillis(action), TimeUnit.MILLISECONDS)
                .build();
    }

    /**
     * Runs the query once it has a slot, fairly shared between clients, and reads its whole answer under the caps;
     * every way it can stop early becomes an error status with a message.
     */
    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String logText) {
        try (QueryGate.Slot slot = gate.acquire(action.getRequest().getRemoteAddr(), maxWaitMillis());
             MemoryPressure.Tracked tracked = limits.trackMemory()) {
            return collector.collect(exec, query);
        } catch (QueryCancelledException e) {
            action.abortSilent();
            long asked = timeoutMillis(action);
            String limit = asked < timeoutSeconds * 1000L
                    ? "the " + seconds(asked) + " s limit it asked for (timeout=)"
                    : "this server's " + timeoutSeconds + " s limit";
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "Query timed out: it ran longer than " + limit
                    + ". Narrow the query, or download the dumps under /dumps/.");
        } catch (AnswerTooLargeException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, e.getMessage());
        } catch (MemoryShortException e) {
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
        } catch (OutOfMemoryError e) {
            // the last resort when a query outgrows the guard between two checks: what it held is garbage now
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server ran short of memory for this query; it was "
                    + "stopped. Ask for less at once, or try again later.");
        } catch (TextIndexException | TextIndexParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("The text search could not be run: " + forLog(luceneReason(e.getMessage())));
        } catch (QueryGate.BusyException e) {
            action.abortSilent();
            action.setResponseHeader("Retry-After", "2");
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            action.abortSilent();
            ServletOps.error(HttpSC.SERVICE_UNAVAILABLE_503, "The server is stopping.");
        }
        throw new IllegalStateException("unreachable");
    }

    /**
     * A SELECT answer asked for as SPARQL JSON, by content negotiation alone, is written by {@link SparqlJson}, in the
     * layout of ARQ's writer; every other answer, format and parameter ({@code output=}, {@code callback=} …) is
     * Fuseki's own.
     */
    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        if (!result.isRowSet() || !negotiatedJson(action)) {
            super.sendResults(action, result, prologue);
            return;
        }
        ServletOps.setNoCache(action);
        action.setResponseContentType(WebContent.contentTypeResultsJSON + "; charset=utf-8");
        ServletOps.success(action);
        try {
            SparqlJson.write(action.getResponseOutputStream(), result.rowSet());
        } catch (IOException e) {
            ServletOps.errorOccurred(e);
        }
    }

    private static boolean negotiatedJson(HttpAction action) {
        for (String param : JSON_OVERRIDES) {
            if (action.getRequestParameter(param) != null) return false;
        }
        MediaType chosen = ConNeg.chooseContentType(action.getRequest(), DEF.rsOfferTable, DEF.acceptResultSetXML);
        return chosen != null && WebContent.contentTypeResultsJSON.equals(chosen.getContentTypeStr());
    }

    /** The parameters with which Fuseki's result writing chooses a format, a wrapper or a content type itself. */
    private static final java.util.List<String> JSON_OVERRIDES = java.util.List.of(HttpNames.paramOutput1,
            HttpNames.paramOutput2, HttpNames.paramCallback, HttpNames.paramForceAccept);

    /**
     * The deadline of this request: the protocol's {@code timeout=} (seconds, as Fuseki reads it) when it asks for
     * less than the server's limit, the server's limit otherwise; a value that is not a positive number is a 400.
     */
    private long timeoutMillis(HttpAction action) {
        long limit = timeoutSeconds * 1000L;
        String asked = action.getRequestParameter(HttpNames.paramTimeout);
        if (asked == null || asked.isBlank()) return limit;
        double seconds;
        try {
            seconds = Double.parseDouble(asked.strip());
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            ServletOps.errorBadRequest("timeout= must be a positive number of seconds (at most this server's "
                    + timeoutSeconds + "), not " + forLog(asked.length() > 40 ? asked.substring(0, 40) + "..." : asked));
        }
        return Math.min(limit, Math.max(1L, Math.round(seconds * 1000)));
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000)
                : java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
    }

    /**
     * How long a query waits for a slot: every running query ends by its deadline, so within one time-out a slot
     * frees, and the fairest claim to it is served then.
     */
    private long maxWaitMillis() {
        return timeoutSeconds * 1000L + 2000;
    }

    private void tooLong(HttpAction action) {
        action.setResponseHeader("Connection", "close");
        ServletOps.error(HttpSC.PAYLOAD_TOO_LARGE_413, "The query is longer than " + maxQueryBytes + " bytes.");
    }

    /** What Lucene says went wrong, without the search text it repeats (which may be kilobytes long). */
    private static String luceneReason(String message) {
        if (message == null) return "";
        int afterQuoted = message.lastIndexOf("': ");
        String line = afterQuoted >= 0 ? message.substring(afterQuoted + 3).strip()
                : message.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "..." : line;
    }

    /** One line, without control characters (shown as escapes): a query cannot write a line of its own into the log. */
    static String forLog(String text) {
        StringBuilder line = new StringBuilder(Math.min(text.length(), LOGGED_QUERY_CHARS) + 8);
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = line.length() > 0;
                continue;
            }
            if (space) {
                line.append(' ');
                space = false;
            }
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                line.append(String.format("\\u%04X", (int) c));
            } else {
                line.append(c);
            }
            // only what the log shows is built, however long the query
            if (line.length() > LOGGED_QUERY_CHARS) {
                return line.substring(0, LOGGED_QUERY_CHARS) + " … (" + text.length() + " characters)";
            }
        }
        return line.toString();
    }
}
