package org.genaikg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.genaikg.publish.AtomicFolder;

/**
 * A persistent TDB2 store, loaded from one dump and reloaded when that dump changes. It is loaded from the graph in
 * memory, so it serves no graph larger than the heap.
 *
 * <p>A folder is a genai-kg store when it holds one of two markers: {@link #LOADING_MARKER}, written before a load
 * starts, and {@link #COMPLETE_MARKER}, written (atomically) once the load has committed. Both record the SHA-256
 * of the dump loaded. The store is opened as it is only when the complete marker names the same dump, the TDB2
 * data folder is there and it holds the recorded number of triples; otherwise (killed mid-load, data deleted, a
 * different dump) the store's own files are removed and it is loaded again. A non-empty folder without a marker is
 * someone else's: it is refused and nothing in it is touched.
 */
public final class Tdb2Store implements AutoCloseable {
    /**
     * Held (an OS file lock) by the one process serving the store, from before it looks at the store until it
     * stops: a second {@code serve} on the same folder stops with a message instead of reloading it underneath.
     */
    static final String LOCK_FILE = "genai-kg.lock";
    static final String COMPLETE_MARKER = "genai-kg.loaded";
    static final String LOADING_MARKER = "genai-kg.loading";
    /** The files TDB2 itself writes into a store folder: the only ones a reload removes, besides the markers. */
    private static final Pattern TDB2_FILES = Pattern.compile("Data-\\d+|tdb\\.lock|tdb\\.cfg");

    /** What a marker records: the dump's checksum and how many triples it loaded. */
    record Loaded(String dumpSha256, long triples) {
        String text() {
            return "dump-sha256=" + dumpSha256 + "\ntriples=" + triples + "\n";
        }

        static Optional<Loaded> read(Path marker) throws IOException {
            if (!Files.isRegularFile(marker)) return Optional.empty();
            String sha = null;
            long triples = -1;
            for (String line : Files.readAllLines(marker)) {
                if (line.startsWith("dump-sha256=")) sha = line.substring("dump-sha256=".length()).strip();
                if (line.startsWith("triples=")) triples = Long.parseLong(line.substring("triples=".length()).strip());
            }
            return sha == null ? Optional.empty() : Optional.of(new Loaded(sha, triples));
        }
    }

    private final DatasetGraph dataset;
    private final FileChannel lockFile;

    private Tdb2Store(DatasetGraph dataset, FileChannel lockFile) {
        this.dataset = dataset;
        this.lockFile = lockFile;
    }

    /** The store's dataset, readable while this store is open. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** Lets another process use the folder (the dataset stays as TDB2 keeps it). */
    @Override
    public void close() throws IOException {
        lockFile.close();
    }

    /**
     * Opens the store in {@code folder}, loading {@code graph} (the contents of {@code dump}) first unless the
     * store already holds a complete load of that same dump. The store is this process's until {@link #close()}.
     *
     * @throws IOException naming the folder when it is not empty and not a genai-kg store, holds a symbolic link,
     *                     or is served by another process
     */
    public static Tdb2Store openOrLoad(Path folder, Path dump, Supplier<Graph> graph, PrintStream log) throws IOException {
        requireStoreFolder(folder);
        Files.createDirectories(folder);
        FileChannel lock = lock(folder);
        try {
            refuseLinks(folder);
            return new Tdb2Store(openOrLoadLocked(folder, dump, graph, log), lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static DatasetGraph openOrLoadLocked(Path folder, Path dump, Supplier<Graph> graph, PrintStream log)
            throws IOException {
        String sha = sha256(dump);
        Optional<String> stale = staleness(folder, sha);
        if (stale.isEmpty()) {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
            long expected = Loaded.read(folder.resolve(COMPLETE_MARKER)).orElseThrow().triples();
            long found = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            if (found == expected) {
                log.println("opened   TDB2 store " + folder + " (" + found + " triples of " + dump.getFileName() + ")");
                return dsg;
            }
            TDBInternal.expel(dsg);
            stale = Optional.of("it holds " + found + " triples, not the " + expected + " it loaded");
        }
        if (!stale.get().isEmpty()) {
            log.println("reload   TDB2 store " + folder + ": " + stale.get());
            removeStoreFiles(folder);
        }
        return load(folder, sha, graph.get(), log);
    }

    /**
     * Refuses a folder that a store may not be written to: a file, a non-empty folder without either marker
     * (someone else's files, which a reload would otherwise remove), or a store another server is using. A new or
     * empty folder is fine.
     */
    public static void requireStoreFolder(Path folder) throws IOException {
        requireOurs(folder);
        if (Files.exists(folder.resolve(LOCK_FILE), LinkOption.NOFOLLOW_LINKS)) lock(folder).close();
    }

    private static void requireOurs(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder)) throw new IOException("--tdb2 " + folder + ": is a file, not a folder");
        if (isEmpty(folder) || Files.exists(folder.resolve(COMPLETE_MARKER)) || Files.exists(folder.resolve(LOADING_MARKER))) {
            return;
        }
        throw new IOException("--tdb2 " + folder + ": the folder is not empty and is not a genai-kg store (it has no "
                + COMPLETE_MARKER + "); nothing in it was changed. Give a new or empty folder.");
    }

    /** Empty when the store is complete for this dump; why it must be (re)loaded otherwise ("" for a new store). */
    private static Optional<String> staleness(Path folder, String sha) throws IOException {
        requireOurs(folder);
        if (!Files.exists(folder) || isEmpty(folder)) return Optional.of("");
        Optional<Loaded> complete = Loaded.read(folder.resolve(COMPLETE_MARKER));
        boolean loading = Files.exists(folder.resolve(LOADING_MARKER));
        if (loading || complete.isEmpty()) return Optional.of("an earlier load did not finish");
        if (!complete.get().dumpSha256().equals(sha)) return Optional.of("it was loaded from another dump");
        try (Stream<Path> files = Files.list(folder)) {
            if (files.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) {
                return Optional.of("its data folder is missing");
            }
        }
        return Optional.empty();
    }

    private static DatasetGraph load(Path folder, String sha, Graph source, PrintStream log) throws IOException {
        Files.createDirectories(folder);
        Loaded loaded = new Loaded(sha, source.size());
        Files.writeString(folder.resolve(LOADING_MARKER), loaded.text());
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        Txn.executeWrite(dsg, () -> {
            source.find().forEachRemaining(t -> dsg.getDefaultGraph().add(t));
            dsg.prefixes().putAll(source.getPrefixMapping().getNsPrefixMap());
        });
        Path partial = folder.resolve(COMPLETE_MARKER + ".partial");
        Files.writeString(partial, loaded.text());
        Files.move(partial, folder.resolve(COMPLETE_MARKER), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Files.delete(folder.resolve(LOADING_MARKER));
        log.println("loaded   " + loaded.triples() + " triples into TDB2 store " + folder);
        return dsg;
    }

    /** Removes what TDB2 and this class wrote into {@code folder}, and nothing else. */
    private static void removeStoreFiles(Path folder) throws IOException {
        List<Path> ours;
        try (Stream<Path> files = Files.list(folder)) {
            ours = files.filter(p -> TDB2_FILES.matcher(p.getFileName().toString()).matches()).toList();
        }
        for (Path p : ours) AtomicFolder.deleteTree(p);
        Files.deleteIfExists(folder.resolve(COMPLETE_MARKER));
        Files.deleteIfExists(folder.resolve(LOADING_MARKER));
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.allMatch(p -> p.getFileName().toString().equals(LOCK_FILE));
        }
    }

    /** Takes the folder's lock, or says who has it; the lock file itself is never a link. */
    private static FileChannel lock(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            if (channel.tryLock() != null) return channel;
        } catch (OverlappingFileLockException e) {
            // held by this process already: another server in this JVM serves it
        }
        channel.close();
        throw new IOException("--tdb2 " + folder + ": the store is in use by another genai-kg server; nothing in it was "
                + "changed. Stop that server first, or give another folder.");
    }

    /** Store files are written and removed in place: a symbolic link in the store would have them go elsewhere. */
    private static void refuseLinks(Path folder) throws IOException {
        List<Path> links;
        try (Stream<Path> files = Files.walk(folder)) {
            links = files.filter(Files::isSymbolicLink).toList();
        }
        if (!links.isEmpty()) {
            throw new IOException("--tdb2 " + folder + ": holds symbolic links (" + links.get(0) + (links.size() > 1
                    ? " and " + (links.size() - 1) + " more" : "") + "), which a store never follows; nothing was changed.");
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
