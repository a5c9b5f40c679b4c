package org.genaikg.serve.limits;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What every query execution on this server carries in its own context: the deadline, the registries of the
 * functions and property functions it may call (exactly those of the {@link FunctionAllowList}), the optimiser that
 * rewrites pattern, string and numeric functions into their bounded forms,
 * the operator executor that checks the deadline and the heap between operators, and the SERVICE allow-list. One
 * instance per server; nothing here is shared through statics or set in ARQ's JVM-wide context, so two servers in
 * one JVM keep their own limits.
 */
public final class QueryLimits {
    private final long timeoutMillis;
    private final SafeExpressions expressions;
    private final MemoryPressure memory = new MemoryPressure(MemoryPressure.SHORT_AFTER_GC);
    private final ServiceAllowList services;
    private final FunctionAllowList functions = new FunctionAllowList();
    private final StatsStageGenerator stages;

    /**
     * The limits of a server that stops a query after {@code timeoutSeconds}, answers at most {@code maxRows}
     * rows, caps strings at {@code maxStringChars} and may call SERVICE on {@code serviceHosts} only.
     */
    public QueryLimits(int timeoutSeconds, int maxRows, int maxStringChars, Set<String> serviceHosts) {
        this(timeoutSeconds, maxRows, maxStringChars, serviceHosts, null);
    }

    /** As above, with basic patterns ordered by {@code order} (the served graph's counts); {@code null}: ARQ's order. */
    public QueryLimits(int timeoutSeconds, int maxRows, int maxStringChars, Set<String> serviceHosts,
            ReorderTransformation order) {
        this.stages = order == null ? null : new StatsStageGenerator(order);
        this.timeoutMillis = timeoutSeconds * 1000L;
        this.expressions = new SafeExpressions(maxStringChars, QueryGuard.topNThreshold(maxRows));
        this.services = new ServiceAllowList(serviceHosts, timeoutMillis);
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Sets the limits on one execution, on top of the context it already has (the dataset's: text index, DESCRIBE
     * handlers …), and its deadline.
     */
    public QueryExecDatasetBuilder applyTo(QueryExecDatasetBuilder builder, DatasetGraph dataset) {
        Context settings = new Context();
        applyTo(settings);
        // TDB2 runs its queries with its own operator executor, which ours would replace; there ARQ's own
        // cancellation and the pattern and string checks still apply
        if (TDBInternal.isBackedByTDB(dataset)) settings.remove(ARQConstants.sysOpExecutorFactory);
        // TDB2 orders its patterns by its own statistics; an in-memory graph by the counts taken at start-up
        else if (stages != null) settings.set(ARQ.stageGenerator, stages);
        // built per execution from the registry the query would use, so property functions added later (a text
        // index) keep working
        PropertyFunctionRegistry.set(settings, functions.propertyFunctions(builder.getContext()));
        settings.keys().forEach(key -> builder.set(key, settings.get(key)));
        return builder.overallTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * As {@link #applyTo(QueryExecDatasetBuilder, DatasetGraph)}, for a query prepared by {@code prepared}: an
     * in-memory execution runs from the query's kept plan.
     */
    public QueryExecDatasetBuilder applyTo(QueryExecDatasetBuilder builder, DatasetGraph dataset, PreparedQueries prepared) {
        applyTo(builder, dataset);
        if (!TDBInternal.isBackedByTDB(dataset)) builder.set(ARQConstants.registryQueryEngines, prepared.engines());
        return builder;
    }

    /** Marks the current thread as running a query, for the memory guard's choice of which query to stop. */
    public MemoryPressure.Tracked trackMemory() {
        return memory.track();
    }

    /** The functions queries on this server may call. */
    public FunctionAllowList functions() {
        return functions;
    }

    /** Puts the limits (without the deadline) into {@code context}. */
    public void applyTo(Context context) {
        FunctionRegistry.set(context, functions.functions());
        context.set(ARQConstants.sysOptimizerFactory, expressions.optimiser());
        context.set(ARQConstants.sysOpExecutorFactory, CheckedOpExecutor.factory(memory));
        services.install(context, timeoutMillis);
    }
}
