package org.genaikg.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.update.UpdateFactory;
import org.genaikg.TestData;
import org.genaikg.vocab.Namespaces;

/**
 * The SHACL cases: one good world ({@code shapes/world.ttl} with the ontology) and, per case folder, an
 * {@code overlay.ru} (SPARQL Update, IRIs relative to {@code res:}, the project's prefixes predeclared) that
 * breaks it, with the whole report expected of the result in {@code expected.ttl}.
 */
final class ShapeCases {
    static final Path FOLDER = Path.of("src/test/resources/shapes");
    static final String OVERLAY = "overlay.ru";
    static final String EXPECTED = "expected.ttl";

    private final Graph world;
    private final Graph shapesGraph;
    private final ShapesValidator validator;

    private ShapeCases(Graph world, Graph shapesGraph) {
        this.world = world;
        this.shapesGraph = shapesGraph;
        this.validator = ShapesValidator.of(shapesGraph);
    }

    static ShapeCases load() {
        Graph world = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/genai-kg.ttl").parse(world);
        RDFParser.source(FOLDER.resolve("world.ttl")).parse(world);
        Graph shapes = GraphFactory.createDefaultGraph();
        RDFParser.source("ontology/shapes.ttl").parse(shapes);
        return new ShapeCases(world, shapes);
    }

    static List<Path> folders() {
        return TestData.cases(FOLDER.toString());
    }

    Graph shapesGraph() {
        return shapesGraph;
    }

    ShapesValidator validator() {
        return validator;
    }

    /** A fresh copy of the good world. */
    Graph world() {
        Graph copy = GraphFactory.createDefaultGraph();
        world.find().forEachRemaining(copy::add);
        return copy;
    }

    /** The good world with the case's overlay applied. */
    Graph broken(Path caseFolder) {
        Graph graph = world();
        applyOverlay(caseFolder, graph);
        return graph;
    }

    static void applyOverlay(Path caseFolder, Graph graph) {
        UpdateAction.execute(UpdateFactory.create(overlayText(caseFolder)), graph);
    }

    static String overlayText(Path caseFolder) {
        try {
            String overlay = Files.readString(caseFolder.resolve(OVERLAY), StandardCharsets.UTF_8);
            return "BASE <" + Namespaces.RES + ">\n" + Namespaces.sparqlPrologue() + overlay;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's prefixes: the project's, SHACL's and the shapes'. */
    static PrefixMapping reportPrefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes())
                .setNsPrefix("sh", Namespaces.SH).setNsPrefix("gkgsh", Namespaces.SHAPES);
    }

    /** The report of the case's broken world, as RDF. */
    Model report(Path caseFolder) {
        return validator.report(broken(caseFolder)).getModel();
    }

    static Model expected(Path caseFolder) {
        Model expected = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        // a report names the ill-typed literal that made it fire: parse it without warning about it
        RDFParser.source(caseFolder.resolve(EXPECTED)).base(Namespaces.RES)
                .errorHandler(ErrorHandlerFactory.errorHandlerNoWarnings).parse(expected);
        return expected;
    }
}
