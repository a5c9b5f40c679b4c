package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store loads a dump once, reloads it when the dump or the store changed, and never touches other folders. */
class Tdb2StoreTest {
    private static final String ONE = "<urn:a> <urn:p> \"one\" .\n";
    private static final String TWO = ONE + "<urn:b> <urn:p> \"two\" .\n<urn:c> <urn:p> \"three\" .\n";
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @Test
    void refusesAFolderThatIsNotAStoreAndChangesNothing(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("x");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("precious.txt"), "hi\n");
        Path dump = dump(temp, ONE);
        IOException e = assertThrows(IOException.class, () -> open(folder, dump, ONE));
        assertTrue(e.getMessage().contains(folder.toString()) && e.getMessage().contains("not a genai-kg store"),
                e.getMessage());
        assertEquals(List.of("precious.txt"), listing(folder));
        assertEquals("hi\n", Files.readString(folder.resolve("precious.txt")));
    }

    @Test
    void loadsOnceThenOpensTheSameDump(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("store");
        Path dump = dump(temp, TWO);
        assertEquals(3, countAndClose(open(folder, dump, TWO)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("loaded   3 triples"), log.toString());
        log.reset();
        assertEquals(3, countAndClose(open(folder, dump, TWO)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("opened"), log.toString());
    }

    @Test
    void reloadsWhenTheDumpDiffersAndKeepsOtherFiles(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("store");
        countAndClose(open(folder, dump(temp, ONE), ONE));
        Files.writeString(folder.resolve("notes.txt"), "mine\n");
        assertEquals(3, countAndClose(open(folder, dump(temp, TWO), TWO)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("loaded from another dump"), log.toString());
        assertEquals("mine\n", Files.readString(folder.resolve("notes.txt")));
    }

    @Test
    void reloadsWhenTheDataIsMissingOrTheLoadDidNotFinish(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("store");
        Path dump = dump(temp, TWO);
        countAndClose(open(folder, dump, TWO));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path data : files.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                org.genaikg.publish.AtomicFolder.deleteTree(data);
            }
        }
        assertEquals(3, countAndClose(open(folder, dump, TWO)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("data folder is missing"), log.toString());
        log.reset();
        Files.writeString(folder.resolve(Tdb2Store.LOADING_MARKER), "dump-sha256=x\n");
        assertEquals(3, countAndClose(open(folder, dump, TWO)));
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("did not finish"), log.toString());
    }

    private DatasetGraph open(Path folder, Path dump, String ntriples) throws IOException {
        return Tdb2Store.openOrLoad(folder, dump, () -> graph(ntriples), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    private static long countAndClose(DatasetGraph dsg) {
        long n = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
        TDBInternal.expel(dsg);
        return n;
    }

    private static Graph graph(String ntriples) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ntriples, org.apache.jena.riot.Lang.NTRIPLES).parse(g);
        return g;
    }

    private static Path dump(Path temp, String ntriples) throws IOException {
        Path dump = temp.resolve("dump-" + ntriples.length() + ".nt");
        Files.writeString(dump, ntriples);
        return dump;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
