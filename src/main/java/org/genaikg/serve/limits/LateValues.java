package org.genaikg.serve.limits;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.core.Var;

/**
 * Moves a VALUES table in a sequence of joins to just before the first step that uses one of its variables. ARQ
 * evaluates a sequence left to right, once for each row that came before, so a table of k rows written first (the
 * usual {@code VALUES (?top ?kind) { … }} at the head of a query) makes every following step run k times over,
 * although the steps that do not mention its variables give the same rows each time. Those steps share no variable
 * with the table, so joining them first gives the same answer; each runs once, and the table's rows are joined where
 * they are used. Nested sequences are joins too and are flattened first. Tables are looked at from the last to the
 * first, each moves once, and none moves past another, so the rewrite ends after one pass over the sequence.
 */
final class LateValues extends TransformCopy {
    @Override
    public Op transform(OpSequence sequence, List<Op> elements) {
        List<Op> steps = new ArrayList<>();
        flatten(elements, steps);
        boolean moved = false;
        // each table moves at most once, and never past another table: tables keep their order among themselves
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (!(steps.get(i) instanceof OpTable table) || table.isJoinIdentity()) continue;
            List<Var> vars = table.getTable().getVars();
            int to = i;
            while (to + 1 < steps.size() && !(steps.get(to + 1) instanceof OpTable)
                    && !mentionsAny(steps.get(to + 1), vars)) {
                to++;
            }
            if (to == i) continue;
            steps.remove(i);
            steps.add(to, table);
            moved = true;
        }
        if (!moved && steps.size() == elements.size()) return super.transform(sequence, elements);
        return OpSequence.create().copy(steps);
    }

    private static void flatten(List<Op> elements, List<Op> into) {
        for (Op e : elements) {
            if (e instanceof OpSequence inner) flatten(inner.getElements(), into);
            else into.add(e);
        }
    }

    private static boolean mentionsAny(Op step, List<Var> vars) {
        Collection<Var> mentioned = OpVars.mentionedVars(step);
        for (Var v : vars) {
            if (mentioned.contains(v)) return true;
        }
        return false;
    }
}
