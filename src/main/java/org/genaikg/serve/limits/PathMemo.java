package org.genaikg.serve.limits;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.iterator.QueryIterYieldN;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.eval.PathEval;
import org.apache.jena.sparql.path.PathLib;
import org.apache.jena.sparql.util.Symbol;

/**
 * The nodes a property path reaches from a bound end, kept for the rest of one query's execution. ARQ evaluates a
 * path again for every row, and the common shapes ({@code ?x a ?kind . ?kind rdfs:subClassOf* gkg:Policy}) ask the
 * same few starting nodes thousands of times; the graph does not change while a query runs, so the nodes reached
 * from one start are the same each time. Rows are made as ARQ's {@link PathLib} makes them: the reached nodes in
 * ARQ's order, with their repeats; a bound far end counted with {@link Node#sameValueAs}. Both ends unbound, or one
 * variable at both ends, is left to ARQ. Bounded: at most {@link #MAX_NODES} nodes kept per execution; past that a
 * path is evaluated as ARQ does.
 */
final class PathMemo {
    private static final Symbol KEY = Symbol.create("https://w3id.org/genai-kg/ontology#pathMemo");
    static final int MAX_NODES = 200_000;

    private record Start(Graph graph, Path path, Node node, boolean forward) {}

    private final Map<Start, List<Node>> reached = new HashMap<>();
    private int kept;

    /** The memo of {@code execCxt}'s query, made on first use. */
    static PathMemo of(ExecutionContext execCxt) {
        PathMemo memo = execCxt.getContext().get(KEY);
        if (memo == null) {
            memo = new PathMemo();
            execCxt.getContext().set(KEY, memo);
        }
        return memo;
    }

    /** The rows {@code binding} extends to through the path from {@code s} to {@code o}, as {@link PathLib} gives them. */
    QueryIterator rows(Binding binding, Node s, Path path, Node o, ExecutionContext execCxt) {
        Node subject = Var.lookup(binding, s);
        Node object = Var.lookup(binding, o);
        boolean subjectBound = !Var.isVar(subject);
        boolean objectBound = !Var.isVar(object);
        if (!subjectBound && !objectBound) return PathLib.execTriplePath(binding, s, path, o, execCxt);
        List<Node> nodes = subjectBound ? reached(execCxt, path, subject, true) : reached(execCxt, path, object, false);
        if (subjectBound && objectBound) {
            int count = 0;
            for (Node n : nodes) {
                if (n.sameValueAs(object)) count++;
            }
            return new QueryIterYieldN(count, binding, execCxt);
        }
        Var end = Var.alloc(subjectBound ? object : subject);
        List<Binding> rows = new ArrayList<>(nodes.size());
        for (Node n : nodes) rows.add(BindingFactory.binding(binding, end, n));
        return QueryIterPlainWrapper.create(rows.iterator(), execCxt);
    }

    /** The nodes reached from {@code node}, kept unless keeping them would pass the bound. */
    private List<Node> reached(ExecutionContext execCxt, Path path, Node node, boolean forward) {
        Graph graph = execCxt.getActiveGraph();
        Start start = new Start(graph, path, node, forward);
        synchronized (this) {
            List<Node> known = reached.get(start);
            if (known != null) return known;
        }
        var it = forward ? PathEval.eval(graph, node, path, execCxt.getContext())
                : PathEval.evalReverse(graph, node, path, execCxt.getContext());
        List<Node> nodes = new ArrayList<>();
        it.forEachRemaining(nodes::add);
        synchronized (this) {
            if (kept + nodes.size() > MAX_NODES) return nodes;
            kept += nodes.size();
            reached.put(start, nodes);
        }
        return nodes;
    }
}
