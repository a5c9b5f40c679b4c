package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.genaikg.vocab.Namespaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SHACL cases of {@link ShapeCases}: each overlay breaks the good world in one place; the whole report —
 * every result's focus node, path, value, source shape, constraint component, severity and message — must be
 * isomorphic with the case's {@code expected.ttl}, as jena-shacl's own tests compare reports. Every constraint of
 * {@code ontology/shapes.ttl} has a case that makes it fire.
 */
class ShapeFixturesTest {
    private static final Pattern HEADER_SHAPE = Pattern.compile("^# gkgsh:(\\S+):");
    private static ShapeCases cases;

    @BeforeAll
    static void load() {
        cases = ShapeCases.load();
    }

    static Stream<Named<Path>> cases() {
        return ShapeCases.folders().stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @Test
    void theGoodWorldConforms() {
        ValidationReport report = cases.validator().report(cases.world());
        assertTrue(report.conforms(), () -> turtle(report.getModel()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheExpectedResults(Path caseFolder) throws IOException {
        Model actual = cases.report(caseFolder);
        Model expected = ShapeCases.expected(caseFolder);
        assertTrue(actual.isIsomorphicWith(expected), () -> "expected:\n" + turtle(expected) + "\nactual:\n" + turtle(actual));

        String shape = shapeNamedBy(caseFolder);
        assertTrue(sourceShapes(actual).contains(Namespaces.SHAPES + shape),
                "the overlay's shape gkgsh:" + shape + " is among the report's source shapes " + sourceShapes(actual));
    }

    /** Each constraint of each named shape — the shape with its constraint component — fires in some case. */
    @Test
    void everyConstraintOfTheShapesFiresInSomeCase() {
        Set<String> fired = new TreeSet<>();
        cases().forEach(c -> fired.addAll(firedConstraints(ShapeCases.expected(c.getPayload()))));
        Set<String> declared = new TreeSet<>();
        for (Shape shape : Shapes.parse(cases.shapesGraph()).getShapeMap().values()) {
            if (!shape.getShapeNode().isURI()) continue;
            for (Constraint c : shape.getConstraints()) declared.add(shape.getShapeNode().getURI() + " " + component(c));
        }
        assertTrue(declared.size() > 150, "the shapes hold many constraints: " + declared.size());
        declared.removeAll(fired);
        assertEquals(Set.of(), declared, "constraints that no case makes fire");
    }

    /** Validation in slices across cores must report exactly what one pass of Jena's validator reports. */
    @Test
    void slicedValidationReportsWhatOnePassReports() {
        Graph data = cases.world();
        cases().forEach(c -> ShapeCases.applyOverlay(c.getPayload(), data));
        List<String> onePass = ShaclValidator.get().validate(Shapes.parse(cases.shapesGraph()), data).getEntries()
                .stream().filter(e -> Severity.Violation.equals(e.severity())).map(ShapeFixturesTest::key).sorted().toList();
        List<String> sliced = cases.validator().validate(data, null).stream()
                .map(v -> v.focusNode() + " " + v.path() + " " + v.message() + " " + v.value()).sorted().toList();
        assertTrue(onePass.size() > 50, "the cases together violate many constraints: " + onePass.size());
        assertEquals(onePass, sliced);
        List<ShapesValidator.Violation> listed = cases.validator().validate(data, null);
        assertEquals(listed.stream().sorted().toList(), listed, "violations are listed in order, the same every run");
        assertFalse(cases.validator().report(data).conforms());
    }

    private static String shapeNamedBy(Path caseFolder) throws IOException {
        String first = Files.readAllLines(caseFolder.resolve(ShapeCases.OVERLAY), StandardCharsets.UTF_8).get(0);
        Matcher m = HEADER_SHAPE.matcher(first);
        assertTrue(m.find(), "the overlay's first line names the shape it breaks: # gkgsh:NAME: …");
        return m.group(1);
    }

    private static Set<String> firedConstraints(Model report) {
        Set<String> fired = new TreeSet<>();
        Property shape = report.createProperty(Namespaces.SH, "sourceShape");
        Property component = report.createProperty(Namespaces.SH, "sourceConstraintComponent");
        report.listSubjectsWithProperty(shape).forEachRemaining(r -> fired.add(
                r.getPropertyResourceValue(shape).getURI() + " " + r.getPropertyResourceValue(component).getURI()));
        return fired;
    }

    /** The component a report names for a constraint; the shapes' qualified value shapes only set a minimum. */
    private static String component(Constraint constraint) {
        String iri = constraint.getComponent().getURI();
        return iri.equals(Namespaces.SH + "qualifiedValueShape") ? Namespaces.SH + "QualifiedMinCountConstraintComponent" : iri;
    }

    private static Set<String> sourceShapes(Model report) {
        Set<String> shapes = new TreeSet<>();
        report.listObjectsOfProperty(report.createProperty(Namespaces.SH, "sourceShape"))
                .forEachRemaining(n -> shapes.add(n.isURIResource() ? n.asResource().getURI() : n.toString()));
        return shapes;
    }

    private static String key(ReportEntry e) {
        var prefixes = Namespaces.prefixes();
        Node value = e.value();
        return FmtUtils.stringForNode(e.focusNode(), prefixes) + " "
                + (e.resultPath() == null ? "" : e.resultPath().toString(new Prologue(prefixes))) + " " + e.message() + " "
                + (value == null ? null : FmtUtils.stringForNode(value, prefixes));
    }

    private static String turtle(Model m) {
        m.setNsPrefixes(ShapeCases.reportPrefixes());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, m, RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }
}
