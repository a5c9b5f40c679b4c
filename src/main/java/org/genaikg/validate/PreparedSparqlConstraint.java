package org.genaikg.validate;

import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.main.QC;

/**
 * A SPARQL-based constraint of a node shape, compiled and optimised once rather than once per focus node: for each
 * focus node the plan is run with {@code $this} substituted, as SHACL-SPARQL pre-binds it. A plan that finds no
 * solution is a focus node that conforms; one that finds any is handed to jena-shacl's own evaluation of the
 * constraint, so every reported result is exactly the one jena-shacl writes.
 *
 * <p>Only a query that names no pre-bound variable but {@code $this} ({@code $shapesGraph} and {@code $currentShape}
 * are not bound here) is prepared: {@link #of} says which.
 */
final class PreparedSparqlConstraint {
    private static final Var THIS = Var.alloc("this");
    private static final Pattern PRE_BOUND_ELSEWHERE = Pattern.compile("[?$](shapesGraph|currentShape)\\b");

    private final Shape shape;
    private final SparqlConstraint constraint;
    private final Op plan;

    private PreparedSparqlConstraint(Shape shape, SparqlConstraint constraint, Op plan) {
        this.shape = shape;
        this.constraint = constraint;
        this.plan = plan;
    }

    /** The prepared form of {@code constraint} on node shape {@code shape}, or null when it must run as it is. */
    static PreparedSparqlConstraint of(Shape shape, SparqlConstraint constraint) {
        Query query = constraint.getQuery();
        if (!shape.isNodeShape() || !query.isSelectType()) return null;
        // a variable is written ?name or $name wherever it stands: a mention in a string only declines, never misses
        if (PRE_BOUND_ELSEWHERE.matcher(query.toString()).find()) return null;
        Op op = Algebra.compile(query);
        return new PreparedSparqlConstraint(shape, constraint, Algebra.optimize(op));
    }

    /** Validates {@code focus}: nothing to do when the plan finds no solution, else jena-shacl reports it. */
    void validate(ValidationContext context, Graph data, ExecutionContext execution, Node focus) {
        Op bound = QC.substitute(plan, BindingFactory.binding(THIS, focus));
        QueryIterator solutions = QC.execute(bound, BindingFactory.root(), execution);
        boolean violated;
        try {
            violated = solutions.hasNext();
        } finally {
            solutions.close();
        }
        if (violated) constraint.validateNodeShape(context, data, shape, focus);
    }
}
