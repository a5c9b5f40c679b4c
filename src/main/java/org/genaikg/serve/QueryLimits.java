package org.genaikg.serve;

import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.ARQConstants;
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
 * the operator executor that checks the deadline and the heap between operators, and the SERVICE allow-list. One instance per server; nothing here is shared through statics.
 */
final class QueryLimits {
    private final long timeoutMillis;
    private final SafeExpressions expressions;
    private final MemoryPressure memory = new MemoryPressure();
    private final ServiceAllowList services;
    private final FunctionAllowList functions = new FunctionAllowList();

    QueryLimits(ServeConfig config) {
        this.timeoutMillis = config.timeoutSeconds() * 1000L;
        this.expressions = new SafeExpressions(config.maxStringChars());
        this.services = new ServiceAllowList(config.serviceHosts(), timeoutMillis);
    }

    long timeoutMillis() {
        return timeoutMillis;
    }

    /**
     * Sets the limits on one execution, on top of the context it already has (the dataset's: text index, DESCRIBE
     * handlers …), and its deadline.
     */
    QueryExecDatasetBuilder applyTo(QueryExecDatasetBuilder builder, DatasetGraph dataset) {
        Context settings = new Context();
        applyTo(settings);
        // TDB2 runs its queries with its own operator executor, which ours would replace; there ARQ's own
        // cancellation and the pattern and string checks still apply
        if (TDBInternal.isBackedByTDB(dataset)) settings.remove(ARQConstants.sysOpExecutorFactory);
        // built per execution from the registry the query would use, so property functions added later (a text
        // index) keep working
        PropertyFunctionRegistry.set(settings, functions.propertyFunctions(builder.getContext()));
        settings.keys().forEach(key -> builder.set(key, settings.get(key)));
        return builder.overallTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Marks the current thread as running a query, for the memory guard's choice of which query to stop. */
    MemoryPressure.Tracked trackMemory() {
        return memory.track();
    }

    /** The functions queries on this server may call. */
    FunctionAllowList functions() {
        return functions;
    }

    /** Puts the limits (without the deadline) into {@code context}. */
    void applyTo(Context context) {
        FunctionRegistry.set(context, functions.functions());
        context.set(ARQConstants.sysOptimizerFactory, expressions.optimiser());
        context.set(ARQConstants.sysOpExecutorFactory, CheckedOpExecutor.factory(memory));
        services.install(context, timeoutMillis);
    }
}
