package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per SHACL case under {@code src/test/resources/shapes}: the ontology plus {@code data.ttl} is
 * validated with {@code ontology/shapes.ttl}; the distinct violation messages, sorted, must equal
 * {@code expected.txt} (empty for a {@code good-} case, the constraint's own message for a {@code bad-} one).
 */
class ShapeFixturesTest {
    private static ShapesValidator validator;
    private static Graph shapes;
    private static Graph ontology;

    @BeforeAll
    static void loadShapes() {
        shapes = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/shapes.ttl").parse(shapes);
        validator = ShapesValidator.of(shapes);
        ontology = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/genai-kg.ttl").parse(ontology);
    }

    static Stream<Named<Path>> cases() {
        return TestData.cases("src/test/resources/shapes").stream().map(p -> Named.of(p.getFileName().toString(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void triggersExactlyItsConstraint(Path caseFolder) throws IOException {
        Graph data = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(data::add);
        RDFParser.source(caseFolder.resolve("data.ttl")).parse(data);
        List<String> expected = Files.readAllLines(caseFolder.resolve("expected.txt"), StandardCharsets.UTF_8)
                .stream().filter(l -> !l.isBlank()).sorted().toList();
        List<String> actual = validator.validate(data, null).stream()
                .map(ShapesValidator.Violation::message).distinct().sorted().toList();
        assertEquals(expected, actual);
    }

    /** Validation in slices across cores must report exactly what one pass of Jena's validator reports. */
    @Test
    void slicedValidationReportsWhatOnePassReports() {
        Graph data = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(data::add);
        cases().map(Named::getPayload).filter(p -> p.getFileName().toString().startsWith("bad-"))
                .forEach(p -> RDFParser.source(p.resolve("data.ttl")).parse(data));
        List<String> onePass = ShaclValidator.get().validate(Shapes.parse(shapes), data).getEntries().stream()
                .filter(e -> Severity.Violation.equals(e.severity())).map(ShapeFixturesTest::key).sorted().toList();
        List<String> sliced = validator.validate(data, null).stream()
                .map(v -> v.focusNode() + " " + v.path() + " " + v.message() + " " + v.value()).sorted().toList();
        assertTrue(onePass.size() > 100, "the bad cases together violate many constraints: " + onePass.size());
        assertEquals(onePass, sliced);
    }

    private static String key(ReportEntry e) {
        var prefixes = org.genaikg.vocab.Namespaces.prefixes();
        return org.apache.jena.sparql.util.FmtUtils.stringForNode(e.focusNode(), prefixes) + " "
                + (e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(prefixes)))
                + " " + e.message() + " "
                + (e.value() == null ? null : org.apache.jena.sparql.util.FmtUtils.stringForNode(e.value(), prefixes));
    }
}
