package org.genaikg.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The floor a build is measured against: every cell of every table streamed as one N-Triples triple with Jena's
 * StreamRDFWriter, with no checks, no model and nothing held in memory.
 */
public final class StreamingFloor {
    private static final CsvMapper CSV = new CsvMapper();

    private StreamingFloor() {}

    /** Converts every table under {@code data} to N-Triples in {@code out}; returns the number of triples. */
    public static long convert(Path data, Path out) throws IOException {
        long triples = 0;
        List<Path> tables;
        try (Stream<Path> files = Files.walk(data)) {
            tables = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(os, RDFFormat.NTRIPLES);
            stream.start();
            for (Path table : tables) {
                String base = "https://w3id.org/genai-kg/resource/" + data.relativize(table).toString().replace(".csv", "") + "/";
                try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(table.toFile())) {
                    String[] header = it.next();
                    Node[] predicates = new Node[header.length];
                    for (int i = 0; i < header.length; i++) predicates[i] = NodeFactory.createURI(base + "column/" + header[i]);
                    long row = 0;
                    while (it.hasNext()) {
                        String[] cells = it.next();
                        Node subject = NodeFactory.createURI(base + (row++));
                        for (int i = 0; i < cells.length && i < header.length; i++) {
                            if (cells[i].isEmpty()) continue;
                            stream.triple(Triple.create(subject, predicates[i], NodeFactory.createLiteralString(cells[i])));
                            triples++;
                        }
                    }
                }
            }
            stream.finish();
        }
        return triples;
    }
}
