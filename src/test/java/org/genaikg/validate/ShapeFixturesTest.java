package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per SHACL case under {@code src/test/resources/shapes}: the ontology plus {@code data.ttl} is
 * validated with {@code ontology/shapes.ttl}; the distinct violation messages, sorted, must equal
 * {@code expected.txt} (empty for a {@code good-} case, the constraint's own message for a {@code bad-} one).
 */
class ShapeFixturesTest {
    private static ShapesValidator validator;
    private static Graph ontology;

    @BeforeAll
    static void loadShapes() {
        Graph shapes = GraphFactory.createDefaultGraph();
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
}
