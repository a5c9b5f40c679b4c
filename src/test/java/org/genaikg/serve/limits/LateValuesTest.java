package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.sse.SSE;
import org.genaikg.query.ExampleQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A VALUES table joined where its variables are used answers what it answered at the head of the query. */
class LateValuesTest {
    private static final LateValues LATE = new LateValues();

    static List<ExampleQuery> examples() {
        return ExampleQuery.all(Path.of("queries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleAnswersTheSame(ExampleQuery example) {
        DatasetGraph dataset = Served.dataset();
        Query query = QueryFactory.create(example.text());
        Op optimised = Algebra.optimize(Algebra.compile(query));
        Op late = Walker.transform(optimised, LATE);
        assertEquals(rows(optimised, dataset), rows(late, dataset), example.name());
    }

    @Test
    void theTableOfTheTimelineQueryIsJoinedWhereItsVariablesAreUsed() throws Exception {
        Query query = QueryFactory.create(java.nio.file.Files.readString(Path.of("queries/timeline-all-kinds-2025-03.rq")));
        Op late = Walker.transform(Algebra.optimize(Algebra.compile(query)), LATE);
        List<OpSequence> sequences = new ArrayList<>();
        org.apache.jena.sparql.algebra.OpWalker.walk(late, new org.apache.jena.sparql.algebra.OpVisitorBase() {
            @Override
            public void visit(OpSequence op) {
                sequences.add(op);
            }
        });
        OpSequence outer = sequences.stream().filter(q -> q.getElements().stream().anyMatch(OpTable.class::isInstance))
                .findFirst().orElseThrow();
        int at = -1;
        for (int i = 0; i < outer.size(); i++) if (outer.get(i) instanceof OpTable) at = i;
        assertTrue(at > 0, "the table is no longer first: " + outer);
        assertTrue(OpVars.mentionedVars(outer.get(at + 1)).contains(Var.alloc("top")), outer.toString());
    }

    @Test
    void aTableMovesOnlyPastStepsThatDoNotUseItsVariables() {
        Op used = SSE.parseOp("(sequence (table (vars ?t) (row [?t 1]) (row [?t 2])) (bgp (?s <urn:p> ?t)) (bgp (?s <urn:q> ?o)))");
        assertEquals(used, Walker.transform(used, LATE));
        Op nested = SSE.parseOp("(sequence (table (vars ?t) (row [?t 1]) (row [?t 2])) "
                + "(sequence (filter (> ?o 3) (bgp (?s <urn:q> ?o))) (bgp (?s <urn:p> ?t))))");
        Op moved = Walker.transform(nested, LATE);
        assertInstanceOf(OpSequence.class, moved);
        OpSequence steps = (OpSequence) moved;
        assertEquals(3, steps.size(), moved.toString());
        assertInstanceOf(OpTable.class, steps.get(1), moved.toString());
        assertEquals(SSE.parseOp("(filter (> ?o 3) (bgp (?s <urn:q> ?o)))"), steps.get(0));
    }

    /** Tables that share no variable with anything keep their order, and the rewrite ends (it used to swap them for ever). */
    @Test
    @org.junit.jupiter.api.Timeout(value = 10, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void tablesKeepTheirOrderAmongThemselves() {
        Op tables = SSE.parseOp("(sequence (table (vars ?a) (row [?a 1]) (row [?a 2])) (table (vars ?b) (row [?b 1]) (row [?b 2])) "
                + "(table (vars ?c) (row [?c 1]) (row [?c 2])) (bgp (?s <urn:p> ?o)))");
        Op moved = Walker.transform(tables, LATE);
        OpSequence steps = (OpSequence) moved;
        assertEquals(SSE.parseOp("(bgp (?s <urn:p> ?o))"), steps.get(0), moved.toString());
        for (int i = 1; i <= 3; i++) assertInstanceOf(OpTable.class, steps.get(i), moved.toString());
        assertEquals(List.of(Var.alloc("a")), ((OpTable) steps.get(1)).getTable().getVars(), moved.toString());
        assertEquals(List.of(Var.alloc("c")), ((OpTable) steps.get(3)).getTable().getVars(), moved.toString());
    }

    /** The rows of {@code op} over {@code dataset}, each as text, in a fixed order. */
    private static List<String> rows(Op op, DatasetGraph dataset) {
        QueryIterator it = Algebra.exec(op, dataset);
        try {
            return Served.rows(it);
        } finally {
            it.close();
        }
    }
}
