package org.genaikg.store;

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
    void aSecondServerOnAStoreInUseStopsAndTouchesNothing(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("store");
        Path dump = dump(temp, TWO);
        try (Tdb2Store first = Tdb2Store.openOrLoad(folder, dump, () -> graph(TWO), new PrintStream(log, true,
                StandardCharsets.UTF_8))) {
            List<String> before = listing(folder);
            long[] sizes = sizes(folder);
            IOException e = assertThrows(IOException.class, () -> Tdb2Store.requireStoreFolder(folder));
            assertTrue(e.getMessage().contains("in use by another genai-kg server"), e.getMessage());
            // and a different dump, which would otherwise reload the store underneath the first server
            IOException second = assertThrows(IOException.class, () -> open(folder, dump(temp, ONE), ONE));
            assertTrue(second.getMessage().contains("in use by another genai-kg server"), second.getMessage());
            assertEquals(before, listing(folder));
            assertEquals(java.util.Arrays.toString(sizes), java.util.Arrays.toString(sizes(folder)));
            assertEquals(3L, (long) Txn.calculateRead(first.dataset(), () -> first.dataset().getDefaultGraph().size()));
        }
        assertEquals(3, countAndClose(open(folder, dump, TWO)), "once the first has stopped, the store opens");
    }

    @Test
    void aStoreHoldingALinkIsRefusedAndTheLinkNotFollowed(@TempDir Path temp) throws IOException {
        Path folder = temp.resolve("store");
        Path dump = dump(temp, TWO);
        countAndClose(open(folder, dump, TWO));
        Path precious = Files.writeString(temp.resolve("precious.txt"), "keep\n");
        Files.delete(folder.resolve(Tdb2Store.COMPLETE_MARKER));
        Files.createSymbolicLink(folder.resolve(Tdb2Store.COMPLETE_MARKER), precious);
        IOException e = assertThrows(IOException.class, () -> open(folder, dump, TWO));
        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertEquals("keep\n", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(folder.resolve(Tdb2Store.COMPLETE_MARKER)));
    }

    private static long[] sizes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().mapToLong(p -> p.toFile().length()).toArray();
        }
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

    /** Opens the store as one server start does, then lets the folder go as that server's end would. */
    private DatasetGraph open(Path folder, Path dump, String ntriples) throws IOException {
        try (Tdb2Store store = Tdb2Store.openOrLoad(folder, dump, () -> graph(ntriples),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            return store.dataset();
        }
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
