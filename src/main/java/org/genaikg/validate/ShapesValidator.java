package org.genaikg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.genaikg.map.MappedGraph;
import org.genaikg.vocab.Namespaces;

/**
 * Validates a graph against the SHACL shapes of {@code ontology/} and lists each violation with its table row.
 *
 * <p>SHACL validation is the union of the validations of each focus node against each target shape, and those
 * only read the graph; so the (shape, focus node) pairs are cut into slices validated side by side, each with a
 * validation context of its own, and their results merged — the same report as one pass, on every core. A
 * SPARQL-based constraint of a top-level node shape is compiled and optimised once, not once per focus node
 * ({@link PreparedSparqlConstraint}).
 */
public final class ShapesValidator {
    /** Slices per core: enough that a slice of slow shapes does not leave the other cores idle at the end. */
    private static final int SLICES_PER_CORE = 8;

    private final Shapes shapes;
    /** The shapes without the SPARQL-based constraints that {@link #prepared} evaluates. */
    private final Shapes core;
    private final Map<Node, List<PreparedSparqlConstraint>> prepared = new HashMap<>();
    private final int shapeCount;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapeCount = shapes.numShapes();
        Graph coreGraph = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(coreGraph, shapesGraph);
        for (Shape shape : shapes.getTargetShapes()) {
            // a shape another shape refers to is validated inside that one too: it keeps its constraints as written
            if (shape.deactivated() || shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())) continue;
            // the shape's sh:sparql links go all or none: a constraint that cannot be prepared keeps them all
            List<PreparedSparqlConstraint> mine = new ArrayList<>();
            boolean all = true;
            for (Constraint c : shape.getConstraints()) {
                if (!(c instanceof SparqlConstraint sparql)) continue;
                PreparedSparqlConstraint p = PreparedSparqlConstraint.of(shape, sparql);
                if (p == null) all = false;
                else mine.add(p);
            }
            if (all && !mine.isEmpty()) {
                prepared.put(shape.getShapeNode(), mine);
                coreGraph.remove(shape.getShapeNode(), SHACL.sparql, Node.ANY);
            }
        }
        this.core = prepared.isEmpty() ? shapes : Shapes.parse(coreGraph);
    }

    public static ShapesValidator of(Graph shapesGraph) {
        return new ShapesValidator(shapesGraph);
    }

    public int shapeCount() {
        return shapeCount;
    }

    /** Every violation, as "focus node, path: message (row)" lines, sorted; empty when the graph conforms. */
    public List<Violation> validate(Graph data, MappedGraph origins) {
        List<Violation> result = new ArrayList<>();
        for (ReportEntry e : reportEntries(data)) {
            if (!Severity.Violation.equals(e.severity())) continue;
            String focus = FmtUtils.stringForNode(e.focusNode(), Namespaces.prefixes());
            String path = e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(Namespaces.prefixes()));
            String origin = origins == null ? null : origins.originOf(e.focusNode());
            result.add(new Violation(origin, focus, path, e.message(),
                    e.value() == null ? null : FmtUtils.stringForNode(e.value(), Namespaces.prefixes())));
        }
        result.sort(null);
        return result;
    }

    /** The whole SHACL report: every result with its focus node, path, value, source shape and message. */
    public ValidationReport report(Graph data) {
        ValidationReport.Builder report = ValidationReport.create();
        reportEntries(data).forEach(report::addReportEntry);
        return report.build();
    }

    /** A focus node of a shape: its core constraints (null when it has none left) and its prepared ones. */
    private record Focus(Shape shape, Node node, List<PreparedSparqlConstraint> sparql) {}

    private List<ReportEntry> reportEntries(Graph data) {
        List<Focus> work = new ArrayList<>();
        for (Shape shape : core.getTargetShapes()) {
            boolean nothingLeft = shape.getConstraints().isEmpty() && shape.getPropertyShapes().isEmpty();
            if (nothingLeft && !prepared.containsKey(shape.getShapeNode())) continue;
            for (Node node : VLib.focusNodes(data, shape)) work.add(new Focus(nothingLeft ? null : shape, node,
                    prepared.getOrDefault(shape.getShapeNode(), List.of())));
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int slices = Math.max(1, Math.min(work.size(), cores * SLICES_PER_CORE));
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(r, "genai-kg-shacl");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<ReportEntry>>> parts = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                List<Focus> slice = work.subList(work.size() * i / slices, work.size() * (i + 1) / slices);
                parts.add(pool.submit(() -> validateSlice(slice, data)));
            }
            List<ReportEntry> entries = new ArrayList<>();
            for (Future<List<ReportEntry>> part : parts) entries.addAll(part.get());
            return entries;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while validating", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ReportEntry> validateSlice(List<Focus> slice, Graph data) {
        ValidationContext context = ValidationContext.create(shapes, data);
        ExecutionContext execution = ExecutionContext.createForGraph(data);
        for (Focus f : slice) {
            if (f.shape() != null) VLib.validateShape(context, data, f.shape(), f.node());
            for (PreparedSparqlConstraint c : f.sparql()) c.validate(context, data, execution, f.node());
        }
        return List.copyOf(context.generateReport().getEntries());
    }

    /** One SHACL violation, located at the table row its focus node came from when known. */
    public record Violation(String origin, String focusNode, String path, String message, String value)
            implements Comparable<Violation> {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(origin == null ? "(ontology)" : origin).append(": ").append(focusNode);
            if (!path.isEmpty()) sb.append(" ").append(path);
            sb.append(": ").append(message);
            if (value != null) sb.append(" (value: ").append(value).append(")");
            return sb.toString();
        }

        @Override
        public int compareTo(Violation o) {
            return toString().compareTo(o.toString());
        }
    }
}
