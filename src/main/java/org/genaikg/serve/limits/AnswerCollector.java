package org.genaikg.serve.limits;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * Runs a query to the end and holds its whole answer in memory, within the server's caps on triples and on the
 * characters of the RDF terms it holds. Everything that can fail — the deadline, a cap — fails here, before the
 * response has started.
 */
public final class AnswerCollector {
    private final int maxTriples;
    private final long maxChars;

    public AnswerCollector(int maxTriples, long maxChars) {
        this.maxTriples = maxTriples;
        this.maxChars = maxChars;
    }

    public QueryExecResult collect(QueryExec exec, Query query) {
        if (query.isSelectType()) return new QueryExecResult(rows(exec.select()));
        if (query.isAskType()) return new QueryExecResult(exec.ask());
        if (query.isConstructType()) return new QueryExecResult(quads(exec.constructQuads()));
        if (query.isDescribeType()) return new QueryExecResult(described(exec.describe()));
        throw new IllegalArgumentException("not a query form the server answers: " + query.queryType());
    }

    private RowSet rows(RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<Binding> kept = new ArrayList<>();
        Budget budget = new Budget();
        while (rows.hasNext()) {
            Binding row = rows.next();
            row.forEach((var, node) -> budget.spend(node));
            kept.add(row);
        }
        return RowSetStream.create(vars, kept.iterator());
    }

    private DatasetGraph quads(Iterator<Quad> quads) {
        DatasetGraph answer = DatasetGraphFactory.create();
        Budget budget = new Budget();
        long triples = 0;
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (answer.contains(quad)) continue;
            if (++triples > maxTriples) throw tooManyTriples();
            budget.spend(quad.getSubject());
            budget.spend(quad.getPredicate());
            budget.spend(quad.getObject());
            answer.add(quad);
        }
        return answer;
    }

    private Graph described(Graph graph) {
        if (graph.size() > maxTriples) throw tooManyTriples();
        Budget budget = new Budget();
        graph.find().forEachRemaining(t -> spend(budget, t));
        return graph;
    }

    private static void spend(Budget budget, Triple t) {
        budget.spend(t.getSubject());
        budget.spend(t.getPredicate());
        budget.spend(t.getObject());
    }

    private AnswerTooLargeException tooManyTriples() {
        return new AnswerTooLargeException("The answer has more than " + maxTriples + " triples, more than this "
                + "server sends at once. Narrow the query, or download the dumps under /dumps/.");
    }

    /** The characters of the terms collected so far. */
    private final class Budget {
        private long chars;

        void spend(Node node) {
            chars += length(node);
            if (chars > maxChars) {
                throw new AnswerTooLargeException("The answer holds more than " + maxChars + " characters of terms, "
                        + "more than this server sends at once. Ask for fewer rows or shorter values.");
            }
        }

        private static long length(Node node) {
            if (node == null) return 0;
            if (node.isURI()) return node.getURI().length();
            if (node.isLiteral()) return node.getLiteralLexicalForm().length() + node.getLiteralDatatypeURI().length();
            return 16;
        }
    }
}
