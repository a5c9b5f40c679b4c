package org.genaikg.serve.limits;

import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.StageGeneratorGeneric;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/** ARQ's generic basic-pattern stage, with the triples ordered by the served graph's counts. */
final class StatsStageGenerator extends StageGeneratorGeneric {
    private final ReorderTransformation reorder;

    StatsStageGenerator(ReorderTransformation reorder) {
        this.reorder = reorder;
    }

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
        return execute(pattern, reorder, input, execCxt);
    }
}
