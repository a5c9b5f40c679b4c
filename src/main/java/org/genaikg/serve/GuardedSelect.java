package org.genaikg.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.genaikg.serve.limits.AnswerCollector;
import org.genaikg.serve.limits.AnswerTooLargeException;
import org.genaikg.serve.limits.MemoryPressure;
import org.genaikg.serve.limits.MemoryShortException;
import org.genaikg.serve.limits.QueryGate;
import org.genaikg.serve.limits.QueryGuard;
import org.genaikg.serve.limits.QueryLimits;
import org.genaikg.vocab.Namespaces;
import org.genaikg.web.view.Answers;

/**
 * The server's query path for a SELECT asked by a page rather than by the protocol (a drawn answer): the same size
 * and nesting checks, predeclared prefixes, guard, row cap, limits, deadline, fair slot and whole-answer collection
 * as {@link GuardedQueryAction}, with the same refusals as its statuses.
 */
final class GuardedSelect implements Answers {
    private final DatasetGraph dataset;
    private final QueryGuard guard;
    private final QueryLimits limits;
    private final QueryGate gate;
    private final AnswerCollector collector;
    private final int maxQueryBytes;
    private final int timeoutSeconds;

    GuardedSelect(DatasetGraph dataset, ServeConfig config, QueryGuard guard, QueryLimits limits, QueryGate gate,
            AnswerCollector collector) {
        this.dataset = dataset;
        this.guard = guard;
        this.limits = limits;
        this.gate = gate;
        this.collector = collector;
        this.maxQueryBytes = config.maxQueryBytes();
        this.timeoutSeconds = config.timeoutSeconds();
    }

    @Override
    public Table select(String text, String client) {
        if (text == null || text.isBlank()) throw new Refused(400, "Empty query.");
        if (text.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes) {
            throw new Refused(413, "The query is longer than " + maxQueryBytes + " bytes.");
        }
        Optional<String> nesting = QueryGuard.refusalOfText(text);
        if (nesting.isPresent()) throw new Refused(400, nesting.get());
        Query query = new Query();
        try {
            query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.queryPrefixes()));
            QueryFactory.parse(query, text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryException e) {
            throw new Refused(400, "Parse error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (StackOverflowError e) {
            throw new Refused(400, "The query is too deeply nested to evaluate.");
        }
        if (!query.isSelectType()) throw new Refused(400, "A drawn answer needs a SELECT query.");
        Optional<String> refusal = guard.refusal(query);
        if (refusal.isPresent()) throw new Refused(400, refusal.get());
        guard.capRows(query);
        return dataset.calculateRead(() -> run(query, client));
    }

    private Table run(Query query, String client) {
        try (QueryGate.Slot slot = gate.acquire(client, timeoutSeconds * 1000L + 2000);
             MemoryPressure.Tracked tracked = limits.trackMemory();
             QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset)
                     .overallTimeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            RowSet rows = collector.collect(exec, query).rowSet();
            List<Binding> kept = new ArrayList<>();
            rows.forEachRemaining(kept::add);
            return new Table(rows.getResultVars(), kept);
        } catch (QueryCancelledException e) {
            throw new Refused(503, "Query timed out: it ran longer than this server's " + timeoutSeconds + " s limit.");
        } catch (AnswerTooLargeException e) {
            throw new Refused(413, e.getMessage());
        } catch (MemoryShortException e) {
            throw new Refused(503, e.getMessage());
        } catch (TextIndexException e) {
            throw new Refused(400, "The text search could not be run.");
        } catch (QueryGate.BusyException e) {
            throw new Refused(503, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "The server is stopping.");
        }
    }
}
