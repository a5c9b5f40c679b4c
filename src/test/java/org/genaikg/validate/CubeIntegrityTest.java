package org.genaikg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One Turtle file per case under {@code src/test/resources/datacube}, added to the well-formed {@code cube.ttl}.
 * A case's {@code # fires:} lines name each row the constraint's query finds ("constraint var=value …"); the
 * constraints that fire must be exactly those named, and each query, asked for its rows instead of a yes/no,
 * must find exactly those rows. A {@code -conforms-} case has no such line and must violate nothing.
 */
class CubeIntegrityTest {
    private static final Path CASES = Path.of("src/test/resources/datacube");
    private static final String FIRES = "# fires: ";

    static Stream<Named<Path>> cases() {
        try (Stream<Path> files = Files.list(CASES)) {
            return files.filter(f -> f.getFileName().toString().startsWith("ic-")).sorted().toList().stream()
                    .map(f -> Named.of(f.getFileName().toString().replace(".ttl", ""), f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void firesExactlyTheExpectedConstraintsOnTheExpectedNodes(Path caseFile) throws IOException {
        String text = Files.readString(caseFile, StandardCharsets.UTF_8);
        Set<String> expectedRows = text.lines().filter(l -> l.startsWith(FIRES))
                .map(l -> l.substring(FIRES.length()).trim()).collect(Collectors.toCollection(TreeSet::new));
        boolean conforming = caseFile.getFileName().toString().contains("-conforms-");
        assertEquals(conforming, expectedRows.isEmpty(), "a -conforms- case names no row; a -violated- one names some");

        Graph graph = cube(text);
        List<String> expectedConstraints = expectedRows.stream().map(r -> r.split(" ")[0]).distinct().sorted().toList();
        assertEquals(expectedConstraints, CubeIntegrityChecks.violated(graph).stream().sorted().toList());
        Set<String> actualRows = new TreeSet<>();
        for (String constraint : CubeIntegrityChecks.CONSTRAINTS) actualRows.addAll(rows(constraint, graph));
        assertEquals(expectedRows, actualRows);
    }

    @Test
    void theBaseCubeConforms() throws IOException {
        assertEquals(List.of(), CubeIntegrityChecks.violated(cube("")));
    }

    /** Every constraint has a case that makes it fire and one where it holds on the structure it checks. */
    @Test
    void everyConstraintHasAViolatingAndAConformingCase() {
        List<String> names = cases().map(Named::getName).toList();
        List<String> missing = new ArrayList<>();
        for (String constraint : CubeIntegrityChecks.CONSTRAINTS) {
            String number = constraint.substring(0, "ic-00".length());
            if (names.stream().noneMatch(n -> n.startsWith(number + "-violated-"))) missing.add(constraint + " violated");
            if (names.stream().noneMatch(n -> n.startsWith(number + "-conforms-"))) missing.add(constraint + " conforms");
        }
        assertEquals(List.of(), missing);
        assertFalse(CubeIntegrityChecks.CONSTRAINTS.isEmpty());
        assertEquals(CubeIntegrityChecks.count(), CubeIntegrityChecks.CONSTRAINTS.size());
    }

    @Test
    void aViolatedCaseFiresOnlyConstraintsOfItsOwnNumber() {
        cases().filter(c -> c.getName().contains("-violated-")).forEach(c -> {
            String number = c.getName().substring(0, "ic-00".length());
            try {
                String text = Files.readString(c.getPayload(), StandardCharsets.UTF_8);
                assertTrue(text.lines().filter(l -> l.startsWith(FIRES)).allMatch(l -> l.startsWith(FIRES + number + "-")),
                        c.getName());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Graph cube(String caseText) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(Files.readString(CASES.resolve("cube.ttl"), StandardCharsets.UTF_8) + "\n" + caseText,
                Lang.TURTLE).parse(g);
        return g;
    }

    /** The rows the constraint's ASK query would have answered yes for, as "constraint var=value …". */
    private static List<String> rows(String constraint, Graph graph) {
        Query query = QueryFactory.create(CubeIntegrityChecks.query(constraint));
        query.setQuerySelectType();
        query.setQueryResultStar(true);
        query.setDistinct(true);
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefix("", "http://example.org/");
        List<String> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            ResultSet results = qe.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder sb = new StringBuilder(constraint);
                new TreeSet<>(results.getResultVars()).forEach(var -> {
                    RDFNode value = row.get(var);
                    if (value != null) sb.append(' ').append(var).append('=').append(show(value.asNode(), prefixes));
                });
                rows.add(sb.toString());
            }
        }
        return rows;
    }

    private static String show(Node node, PrefixMapping prefixes) {
        if (node.isBlank()) return "[]";
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        return FmtUtils.stringForNode(node, prefixes);
    }
}
