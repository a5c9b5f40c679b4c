package org.genaikg.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.genaikg.serve.limits.AnswerCollector;
import org.genaikg.serve.limits.AnswerTooLargeException;
import org.genaikg.serve.limits.MemoryPressure;
import org.genaikg.serve.limits.MemoryShortException;
import org.genaikg.serve.limits.PreparedQueries;
import org.genaikg.serve.limits.QueryGate;
import org.genaikg.serve.limits.QueryLimits;
import org.genaikg.web.view.Answers;

/**
 * The server's query path for a query asked by a page rather than by the protocol (a drawn answer): the same size
 * and nesting checks, parse with predeclared prefixes, guard and row cap (prepared once per text), limits, deadline, fair slot and whole-answer collection
 * as {@link GuardedQueryAction}, with the same refusals as its statuses. A CONSTRUCT or DESCRIBE answers its links
 * between resources (types left out), as rows of subject, property and object, for a graph to draw.
 */
final class GuardedSelect implements Answers {
    private final DatasetGraph dataset;
    private final QueryLimits limits;
    private final QueryGate gate;
    private final AnswerCollector collector;
    private final PreparedQueries prepared;
    private final int maxQueryBytes;
    private final int timeoutSeconds;

    GuardedSelect(DatasetGraph dataset, ServeConfig config, QueryLimits limits, QueryGate gate,
            PreparedQueries prepared, AnswerCollector collector) {
        this.prepared = prepared;
        this.dataset = dataset;
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
        PreparedQueries.Prepared ready;
        try {
            ready = prepared.prepare(text);
        } catch (QueryException e) {
            throw new Refused(400, "Parse error: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        } catch (StackOverflowError e) {
            throw new Refused(400, "The query is too deeply nested to evaluate.");
        }
        if (ready.refusal().isPresent()) throw new Refused(400, ready.refusal().get());
        Query query = ready.query();
        if (!query.isSelectType() && !query.isConstructType() && !query.isDescribeType()) {
            throw new Refused(400, "A drawn answer needs a SELECT, CONSTRUCT or DESCRIBE query.");
        }
        return dataset.calculateRead(() -> run(query, client));
    }

    /** A graph's links between resources as rows of subject, property, object, in a fixed order. */
    private static Table links(org.apache.jena.graph.Graph graph) {
        Var s = Var.alloc("subject");
        Var p = Var.alloc("property");
        Var o = Var.alloc("object");
        List<org.apache.jena.graph.Triple> triples = new ArrayList<>(graph.find().filterKeep(t -> t.getObject().isURI()
                && t.getSubject().isURI() && !t.getPredicate().equals(org.apache.jena.vocabulary.RDF.Nodes.type)).toList());
        triples.sort(java.util.Comparator.comparing((org.apache.jena.graph.Triple t) -> t.getSubject().getURI())
                .thenComparing(t -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().getURI()));
        List<Binding> rows = new ArrayList<>();
        for (var t : triples) rows.add(BindingFactory.binding(s, t.getSubject(), p, t.getPredicate(), o, t.getObject()));
        return new Table(List.of(s, p, o), rows);
    }

    private Table run(Query query, String client) {
        try (QueryGate.Slot slot = gate.acquire(client, timeoutSeconds * 1000L + 2000);
             MemoryPressure.Tracked tracked = limits.trackMemory();
             QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset, prepared)
                     .overallTimeout(timeoutSeconds, TimeUnit.SECONDS).build()) {
            var result = collector.collect(exec, query);
            if (!query.isSelectType()) return links(result.isGraph() ? result.graph() : result.dataset().getDefaultGraph());
            RowSet rows = result.rowSet();
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
