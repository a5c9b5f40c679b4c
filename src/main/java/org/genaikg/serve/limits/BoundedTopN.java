package org.genaikg.serve.limits;

import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpDistinct;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpReduced;
import org.apache.jena.sparql.algebra.op.OpSlice;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.ExprVars;

/**
 * Turns an ordered slice into a top-N ({@code (slice (order …))} → {@code (top …)}), which keeps only the rows it
 * will answer instead of sorting every row, up to this server's own threshold. ARQ's {@code TransformTopN} does the
 * same but reads its threshold only from ARQ's JVM-wide context, which a server must not change for the others in
 * its JVM; this runs in the query's own optimiser, after ARQ's, with the threshold the server's row cap needs.
 * The shapes are ARQ's: slice over order, over project-order, and over distinct or reduced (with a projection only
 * when it keeps every sort variable).
 */
final class BoundedTopN extends TransformCopy {
    private final long threshold;

    BoundedTopN(long threshold) {
        this.threshold = threshold;
    }

    @Override
    public Op transform(OpSlice slice, Op sub) {
        if (slice.getLength() == Query.NOLIMIT) return super.transform(slice, sub);
        long offset = slice.getStart() == Query.NOLIMIT ? 0 : slice.getStart();
        long n = slice.getLength() + offset;
        if (n >= threshold || n > Integer.MAX_VALUE) return super.transform(slice, sub);
        Op op = sub;
        boolean distinct = op instanceof OpDistinct;
        boolean reduced = op instanceof OpReduced;
        if (distinct || reduced) op = ((org.apache.jena.sparql.algebra.op.Op1) op).getSubOp();
        List<Var> projection = null;
        if (op instanceof OpProject project) {
            projection = project.getVars();
            op = project.getSubOp();
        }
        if (!(op instanceof OpOrder order)) return super.transform(slice, sub);
        List<SortCondition> conditions = order.getConditions();
        if ((distinct || reduced) && projection != null) {
            Set<Var> sortVars = ExprVars.getVarsMentioned(conditions);
            if (!projection.containsAll(sortVars)) return super.transform(slice, sub);
        }
        Op top = order.getSubOp();
        if ((distinct || reduced) && projection != null) top = new OpProject(top, projection);
        if (distinct) top = OpDistinct.create(top);
        if (reduced) top = OpReduced.create(top);
        top = new OpTopN(top, (int) n, conditions);
        if (!distinct && !reduced && projection != null) top = new OpProject(top, projection);
        return offset > 0 ? new OpSlice(top, offset, Query.NOLIMIT) : top;
    }
}
