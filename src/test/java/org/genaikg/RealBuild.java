package org.genaikg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;

/**
 * The graph built from {@code data/}, built once per test JVM for every test that only reads it, with its dumps in
 * a folder of its own that is removed when the JVM ends. A test that changes a graph takes a {@link #copy()}.
 */
public final class RealBuild {
    private static Graph graph;
    private static Path dumps;

    private RealBuild() {}

    /** The built graph; shared, so never changed by a test. */
    public static synchronized Graph graph() {
        if (graph == null) build();
        return graph;
    }

    /** The folder holding the build's dumps, shared like the graph. */
    public static synchronized Path dumps() {
        if (graph == null) build();
        return dumps;
    }

    /** A copy of the built graph, for a test that adds or removes triples. */
    public static Graph copy() {
        Graph copy = GraphFactory.createDefaultGraph();
        graph().find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(graph().getPrefixMapping());
        return copy;
    }

    /** Copies the dumps into {@code folder} (made if missing), for a server that serves its own folder. */
    public static void copyDumpsTo(Path folder) {
        TestData.copyTree(dumps(), folder);
    }

    private static void build() {
        try {
            dumps = Files.createTempDirectory("genai-kg-test-build-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path made = dumps;
        // the folder was made here, so it is removed here, once every test of the JVM is done with it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
        try {
            graph = new Pipeline(BuildConfig.defaults().withOut(dumps), StageLog.silent()).build().graph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clear
        }
    }
}
