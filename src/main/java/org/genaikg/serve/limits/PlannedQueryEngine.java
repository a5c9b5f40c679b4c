package org.genaikg.serve.limits;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * ARQ's main query engine, run from a prepared query's plan: the algebra compiled when the query was prepared and
 * optimised by its first execution, instead of compiling and optimising the same query on every request. It is
 * reached through the query-engine registry in the execution's own context ({@link PreparedQueries#engines()}), so
 * only this server's executions of its prepared queries use it; ARQ's registry is not changed. A query with a
 * dataset of its own (FROM), an execution with initial bindings, and a TDB2 dataset (which has its own engine) go to
 * the next engine.
 */
final class PlannedQueryEngine extends QueryEngineMain {
    private final PreparedQueries.Plan plan;

    private PlannedQueryEngine(PreparedQueries.Plan plan, DatasetGraph dataset, Binding input, Context context) {
        super(plan.compiled(), dataset, input, context);
        this.plan = plan;
    }

    @Override
    protected Op modifyOp(Op op) {
        return op == plan.compiled() ? plan.optimised(super::modifyOp) : super.modifyOp(op);
    }

    static QueryEngineFactory factory(PreparedQueries prepared) {
        return new QueryEngineFactory() {
            @Override
            public boolean accept(Query query, DatasetGraph dataset, Context context) {
                return !query.hasDatasetDescription() && !TDBInternal.isBackedByTDB(dataset)
                        && prepared.planOf(query) != null;
            }

            @Override
            public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
                PreparedQueries.Plan plan = prepared.planOf(query);
                // evicted since it was accepted: ARQ's own engine, from the query
                if (plan == null) return new QueryEngineMain(query, dataset, input, context).getPlan();
                return new PlannedQueryEngine(plan, dataset, input, context).getPlan();
            }

            @Override
            public boolean accept(Op op, DatasetGraph dataset, Context context) {
                return false;
            }

            @Override
            public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
                throw new UnsupportedOperationException("a plan is made from a prepared query, not from algebra");
            }
        };
    }
}
