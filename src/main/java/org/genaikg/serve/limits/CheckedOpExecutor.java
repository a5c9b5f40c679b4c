package org.genaikg.serve.limits;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIteratorWrapper;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;

/**
 * ARQ's operator executor with a check between every operator and its input: once the execution is cancelled
 * (its deadline passed) or the heap is short, the next row read stops the query. ARQ's own iterators look at the
 * cancel flag at their own pace; a sort or a hash join that drains its input looks through these checks. A property
 * path is evaluated from each bound start once per query.
 */
public final class CheckedOpExecutor extends OpExecutor {
    private static final int CHECK_EVERY = 256;
    private final MemoryPressure memory;

    private CheckedOpExecutor(ExecutionContext execCxt, MemoryPressure memory) {
        super(execCxt);
        this.memory = memory;
    }

    static OpExecutorFactory factory(MemoryPressure memory) {
        return execCxt -> new CheckedOpExecutor(execCxt, memory);
    }

    /** A property path, evaluated from each bound start once per query ({@link PathMemo}). */
    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        TriplePath path = opPath.getTriplePath();
        if (path.isTriple()) return super.execute(opPath, input);
        PathMemo memo = PathMemo.of(execCxt);
        return new QueryIterRepeatApply(input, execCxt) {
            @Override
            protected QueryIterator nextStage(Binding binding) {
                return memo.rows(binding, path.getSubject(), path.getPath(), path.getObject(), execCxt);
            }
        };
    }

    @Override
    protected QueryIterator exec(Op op, QueryIterator input) {
        return new Checked(super.exec(op, input), execCxt.getCancelSignal(), memory);
    }

    private static final class Checked extends QueryIteratorWrapper {
        private final AtomicBoolean cancelled;
        private final MemoryPressure memory;
        private int rows;

        Checked(QueryIterator iterator, AtomicBoolean cancelled, MemoryPressure memory) {
            super(iterator);
            this.cancelled = cancelled;
            this.memory = memory;
        }

        @Override
        protected boolean hasNextBinding() {
            if (++rows == CHECK_EVERY) {
                rows = 0;
                if (cancelled != null && cancelled.get()) throw new QueryCancelledException();
                if (memory.mustStopCurrent()) {
                    throw new MemoryShortException("The server is short of memory and this query holds the most; "
                            + "it was stopped. Ask for less at once, or try again later.");
                }
            }
            return super.hasNextBinding();
        }

        @Override
        protected Binding moveToNextBinding() {
            return super.moveToNextBinding();
        }
    }
}
