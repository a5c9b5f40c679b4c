package org.genaikg.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.genaikg.vocab.Namespaces;

/**
 * Writes the graph as the published dump files — Turtle grouped by subject with prefixes, N-Triples and compacted
 * JSON-LD, each with a gzip copy written in the same pass — from one sorted list of triples, the three formats in
 * parallel. Output depends only on the graph: triples are sorted and gzip headers carry no time stamp.
 */
public final class DumpWriter {
    public static final String BASENAME = "genai-kg";
    public static final List<String> FILES = List.of(
            BASENAME + ".ttl", BASENAME + ".ttl.gz", BASENAME + ".nt", BASENAME + ".nt.gz",
            BASENAME + ".jsonld", BASENAME + ".jsonld.gz");

    private DumpWriter() {}

    @FunctionalInterface
    private interface Format {
        void write(List<Triple> sorted, OutputStream out) throws IOException;
    }

    /** Writes every dump file into {@code folder}; returns the paths written. */
    public static List<Path> write(Graph graph, Path folder) throws IOException {
        List<Triple> sorted = SortedTriples.of(graph);
        PrefixMapping prefixes = Namespaces.prefixes();
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "genai-kg-dump");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Path>>> jobs = new ArrayList<>();
            jobs.add(pool.submit(() -> withGzip(folder.resolve(BASENAME + ".ttl"), sorted, DumpWriter::turtle)));
            jobs.add(pool.submit(() -> withGzip(folder.resolve(BASENAME + ".nt"), sorted, DumpWriter::nTriples)));
            jobs.add(pool.submit(() -> withGzip(folder.resolve(BASENAME + ".jsonld"), sorted,
                    (t, out) -> JsonLdDump.write(t, prefixes, out))));
            List<Path> written = new ArrayList<>();
            for (Future<List<Path>> job : jobs) written.addAll(job.get());
            return written;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the dumps", e);
        } finally {
            pool.shutdownNow();
        }
    }

    static void turtle(List<Triple> sorted, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS);
        stream.start();
        StreamRDFOps.sendPrefixesToStream(Namespaces.prefixes(), stream);
        sorted.forEach(stream::triple);
        stream.finish();
    }

    /**
     * N-Triples, one triple a line, in the sorted order: diffable, and byte-identical for the same graph. Sorted
     * triples come in runs of one subject, and predicates and IRI objects repeat, so their text is formatted once.
     */
    static void nTriples(List<Triple> sorted, OutputStream out) throws IOException {
        Map<Node, String> iris = new HashMap<>();
        Node subject = null;
        String subjectText = null;
        StringBuilder line = new StringBuilder(256);
        for (Triple t : sorted) {
            if (!t.getSubject().equals(subject)) {
                subject = t.getSubject();
                subjectText = NodeFmtLib.strNT(subject);
            }
            Node object = t.getObject();
            line.setLength(0);
            line.append(subjectText).append(' ')
                    .append(iris.computeIfAbsent(t.getPredicate(), NodeFmtLib::strNT)).append(' ')
                    .append(object.isURI() ? iris.computeIfAbsent(object, NodeFmtLib::strNT) : NodeFmtLib.strNT(object))
                    .append(" .\n");
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Path> withGzip(Path file, List<Triple> sorted, Format format) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (OutputStream plain = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream zipped = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(gz), 1 << 16), 1 << 16);
             OutputStream both = new Tee(plain, zipped)) {
            format.write(sorted, both);
        }
        return List.of(file, gz);
    }

    /** Writes to two streams at once, so the gzip copy costs no second pass. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override public void write(int c) throws IOException { a.write(c); b.write(c); }
        @Override public void write(byte[] buf, int off, int len) throws IOException { a.write(buf, off, len); b.write(buf, off, len); }
        @Override public void flush() throws IOException { a.flush(); b.flush(); }
        @Override public void close() { /* the owners close a and b */ }
    }
}
