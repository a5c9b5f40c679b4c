package org.genaikg.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.util.FmtUtils;
import org.genaikg.map.MappedGraph;
import org.genaikg.vocab.Namespaces;

/** Validates a graph against the SHACL shapes of {@code ontology/} and lists each violation with its table row. */
public final class ShapesValidator {
    private final Shapes shapes;
    private final int shapeCount;

    private ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
        this.shapeCount = shapes.numShapes();
    }

    public static ShapesValidator of(Graph shapesGraph) {
        return new ShapesValidator(shapesGraph);
    }

    public int shapeCount() {
        return shapeCount;
    }

    public boolean conforms(Graph data) {
        return ShaclValidator.get().conforms(shapes, data);
    }

    /** Every violation, as "focus node, path: message (row)" lines, sorted; empty when the graph conforms. */
    public List<Violation> validate(Graph data, MappedGraph origins) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> result = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
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
