package org.genaikg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.genaikg.vocab.Namespaces;

/**
 * Writes the graph as the published dump files: readable Turtle, sorted N-Triples and JSON-LD, each with a
 * gzip copy. Output depends only on the graph: N-Triples lines are sorted, gzip headers carry no time stamp.
 */
public final class DumpWriter {
    public static final String BASENAME = "genai-kg";
    public static final List<String> FILES = List.of(
            BASENAME + ".ttl", BASENAME + ".ttl.gz", BASENAME + ".nt", BASENAME + ".nt.gz",
            BASENAME + ".jsonld", BASENAME + ".jsonld.gz");

    private DumpWriter() {}

    /** Writes every dump file into {@code folder}; returns the paths written. */
    public static List<Path> write(Graph graph, Path folder) throws IOException {
        graph.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        List<Path> written = new ArrayList<>();
        written.addAll(writeWithGzip(folder.resolve(BASENAME + ".ttl"), turtle(graph)));
        written.addAll(writeWithGzip(folder.resolve(BASENAME + ".nt"), sortedNTriples(graph)));
        written.addAll(writeWithGzip(folder.resolve(BASENAME + ".jsonld"), jsonLd(graph)));
        return written;
    }

    static byte[] turtle(Graph graph) {
        return RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).asString().getBytes(StandardCharsets.UTF_8);
    }

    /** N-Triples, one triple a line, lines in code-point order: diffable, and byte-identical for the same graph. */
    public static byte[] sortedNTriples(Graph graph) {
        String nt = RDFWriter.source(graph).format(RDFFormat.NTRIPLES_UTF8).asString();
        String[] lines = nt.split("\n");
        Arrays.sort(lines);
        StringBuilder sb = new StringBuilder(nt.length() + 1);
        for (String line : lines) if (!line.isEmpty()) sb.append(line).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonLd(Graph graph) {
        return RDFWriter.source(graph).format(RDFFormat.JSONLD11_PRETTY).asString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Path> writeWithGzip(Path file, byte[] content) throws IOException {
        Files.write(file, content);
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16)) {
            out.write(content);
        }
        return List.of(file, gz);
    }
}
