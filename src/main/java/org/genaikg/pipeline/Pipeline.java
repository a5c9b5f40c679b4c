package org.genaikg.pipeline;

import org.apache.jena.vocabulary.OWL;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.map.GraphMapper;
import org.genaikg.map.MappedGraph;
import org.genaikg.entail.Entailment;
import org.genaikg.publish.AtomicFolder;
import org.genaikg.publish.DatasetDescription;
import org.genaikg.publish.DumpWriter;
import org.genaikg.table.CuratedData;
import org.genaikg.validate.CubeIntegrityChecks;
import org.genaikg.validate.ShapesValidator;
import org.genaikg.vocab.Namespaces;

/**
 * tables → checked rows → triples → ontology and catalogue facts added → the hierarchy's types and super-property
 * facts materialised → SHACL and Data Cube checks →
 * dumps written to a fresh folder and swapped in. Any failure stops the run before anything is written, and an
 * output folder holding anything but our own files is refused, never emptied.
 */
public final class Pipeline {
    public static final String VOID_FILE = org.genaikg.publish.DumpFiles.VOID;
    /** Every file a build writes into its output folder, and so the only files it replaces there. */
    public static final Set<String> OUTPUT_FILES = outputFiles();

    private final BuildConfig config;
    private final StageLog log;

    public Pipeline(BuildConfig config, StageLog log) {
        this.config = config;
        this.log = log;
    }

    /** Reads, maps and checks; throws {@code InvalidInputException} or {@link BuildFailedException} on problems. */
    public BuiltGraph check() {
        log.start();
        // The ontology and the shapes depend on nothing in the tables: they are parsed, and the shapes compiled, on
        // another core while the tables are read. Jena starts up there too; the tables need none of it.
        CompletableFuture<Graph> ontology = CompletableFuture.supplyAsync(() -> parse(config.ontologyFile()));
        CompletableFuture<ShapesValidator> shapes = config.shacl()
                ? ontology.thenApplyAsync(o -> ShapesValidator.of(parse(config.shapesFile())))
                : null;
        CuratedData data = CuratedData.load(config.data(), config.data().toString().replace('\\', '/'));
        log.done("read", data.tables().size() + " tables, " + data.rowCount() + " rows from " + config.data());

        // Jena's classes are initialised by the thread that parsed the ontology before mapping uses them
        Graph ontologyGraph = joined(ontology);
        MappedGraph mapped = GraphMapper.map(data);
        Graph graph = mapped.graph();
        long facts = graph.size();
        String version = addOntology(graph, ontologyGraph);
        DatasetDescription.addCatalogueFacts(graph, version);
        log.done("map", facts + " triples from the tables, " + (graph.size() - facts)
                + " from the ontology and catalogue; " + graph.size() + " in all");
        Entailment.Added entailed = Entailment.closeOver(graph);
        log.done("entail", entailed.types() + " types from the class hierarchy, " + entailed.facts()
                + " facts from the property hierarchy; " + graph.size() + " in all");

        if (shapes != null) validate(graph, mapped, joined(shapes));
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        return new BuiltGraph(graph, version, data.tables().size(), data.rowCount());
    }

    /** The value of work done on another thread, or the exception it failed with, as if thrown here. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** Checks, then writes every dump and {@code void.ttl} to the configured folder. */
    public BuiltGraph build() throws IOException {
        try (StagedBuild staged = stage()) {
            staged.commit();
            return staged.built();
        }
    }

    /**
     * Checks, then writes every dump and {@code void.ttl} into a staging folder beside the configured one, which
     * the caller swaps in with {@link StagedBuild#commit()} once nothing else can fail (a server has its port, say).
     * The output folder is checked first, so that a folder which is not ours is refused before a long build.
     */
    public StagedBuild stage() throws IOException {
        Path out = config.out();
        AtomicFolder.requireReplaceable(out.toAbsolutePath().normalize(), OUTPUT_FILES);
        BuiltGraph built = check();
        AtomicFolder.Staged staged = AtomicFolder.stage(out, OUTPUT_FILES, folder -> {
            List<Path> files = new ArrayList<>(DumpWriter.write(built.graph(), folder));
            Graph description = DatasetDescription.describe(built.graph(), built.version(), config.publicUrl(), folder);
            Path voidFile = folder.resolve(VOID_FILE);
            RDFWriter.source(description).format(RDFFormat.TURTLE_PRETTY).output(voidFile.toString());
            files.add(voidFile);
            log.done("write", files.size() + " files to " + out + " (" + String.join(", ",
                    files.stream().map(p -> p.getFileName().toString()).toList()) + ")");
        });
        return new StagedBuild(built, staged);
    }

    private static Set<String> outputFiles() {
        Set<String> files = new LinkedHashSet<>(DumpWriter.FILES);
        files.add(VOID_FILE);
        return Collections.unmodifiableSet(files);
    }

    private String addOntology(Graph graph, Graph ontology) {
        ontology.find().forEachRemaining(graph::add);
        List<Triple> info = ontology.find(NodeFactory.createURI(Namespaces.ONTOLOGY), OWL.versionInfo.asNode(), Node.ANY)
                .toList();
        if (info.isEmpty()) {
            throw new BuildFailedException(List.of(config.ontologyFile() + ": the ontology has no owl:versionInfo"));
        }
        return info.get(0).getObject().getLiteralLexicalForm();
    }

    /** Parses a hand-edited Turtle file, failing the build with its name, line and column when it is broken. */
    static Graph parse(Path file) {
        if (!Files.isRegularFile(file)) throw new BuildFailedException(List.of(file + ": is missing"));
        Graph graph = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(graph);
        } catch (RiotException e) {
            throw new BuildFailedException(List.of(file + ": " + e.getMessage()));
        }
        return graph;
    }

    /** SHACL and the Data Cube constraints only read the graph, so they run side by side. */
    private void validate(Graph graph, MappedGraph mapped, ShapesValidator shapes) {
        CompletableFuture<List<String>> cube = CompletableFuture.supplyAsync(() -> CubeIntegrityChecks.violated(graph));
        List<String> failures = new ArrayList<>();
        shapes.validate(graph, mapped).forEach(v -> failures.add(v.toString()));
        cube.join().forEach(ic -> failures.add("Data Cube integrity constraint violated: " + ic));
        if (!failures.isEmpty()) throw new BuildFailedException(failures);
        log.done("validate", shapes.shapeCount() + " shapes and " + CubeIntegrityChecks.count()
                + " Data Cube constraints: the graph conforms");
    }
}
