package org.genaikg.dataset;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * SPARQL {@code DESCRIBE} as the pages describe: a {@link ResourceDescription} (outgoing and incoming links,
 * neighbours' names, sources) — for datasets whose context carries {@link #ENABLED}; other datasets keep
 * Jena's default description.
 *
 * <p>Jena 5.6 reads describe handlers only from the global registry ({@code DescribeHandlerRegistry.get(Context)}
 * ignores its argument), so this factory is registered there once; it holds no state, and what it does is decided
 * by each query's own context, which includes the served dataset's.
 */
public final class FullDescribeHandler implements DescribeHandler {
    /** Set to {@code true} in a dataset's context to answer DESCRIBE with the full description. */
    public static final Symbol ENABLED = Symbol.create("https://w3id.org/genai-kg/ontology#fullDescribe");
    private static final DescribeHandlerFactory FACTORY = FullDescribeHandler::new;

    private Model answer;
    private Graph source;

    /** Registers the handler with ARQ (once per JVM; the handler is inert for datasets that do not enable it). */
    public static synchronized void register() {
        DescribeHandlerRegistry registry = DescribeHandlerRegistry.get();
        for (var it = registry.handlers(); it.hasNext(); ) {
            if (it.next() == FACTORY) return;
        }
        registry.add(FACTORY);
    }

    /** Marks {@code dataset}'s context so that DESCRIBE over it gives the full description. */
    public static void enable(DatasetGraph dataset) {
        register();
        dataset.getContext().set(ENABLED, true);
    }

    @Override
    public void start(Model accumulator, Context context) {
        this.answer = accumulator;
        Object dataset = context.get(ARQConstants.sysCurrentDataset);
        if (context.isTrue(ENABLED) && dataset instanceof DatasetGraph dsg) this.source = dsg.getDefaultGraph();
        else if (context.isTrue(ENABLED) && dataset instanceof org.apache.jena.query.Dataset ds) {
            this.source = ds.asDatasetGraph().getDefaultGraph();
        }
    }

    @Override
    public void describe(Resource resource) {
        if (source == null || !resource.isURIResource()) return;
        ResourceDescription.of(source, resource.asNode()).addTo(answer.getGraph());
    }

    @Override
    public void finish() {
        answer = null;
        source = null;
    }
}
