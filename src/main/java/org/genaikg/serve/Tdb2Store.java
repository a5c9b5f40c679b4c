package org.genaikg.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * A persistent TDB2 store for graphs larger than memory. The graph is loaded in one transaction, and a marker
 * file is written only after it commits: a store without the marker (say, killed mid-load) is wiped and
 * loaded again on the next start, so a server never serves half a graph.
 */
public final class Tdb2Store {
    static final String COMPLETE_MARKER = "genai-kg.loaded";

    private Tdb2Store() {}

    /** Opens the store in {@code folder}, loading {@code graph} first unless a complete load is already there. */
    public static DatasetGraph openOrLoad(Path folder, Supplier<Graph> graph, java.io.PrintStream log) throws IOException {
        Path marker = folder.resolve(COMPLETE_MARKER);
        if (Files.isRegularFile(marker)) {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
            log.println("opened   TDB2 store " + folder + " (" + Files.readString(marker).strip() + ")");
            return dsg;
        }
        if (Files.exists(folder)) org.genaikg.publish.AtomicFolder.deleteTree(folder);
        Files.createDirectories(folder);
        Graph source = graph.get();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        Txn.executeWrite(dsg, () -> {
            source.find().forEachRemaining(t -> dsg.getDefaultGraph().add(t));
            dsg.prefixes().putAll(source.getPrefixMapping().getNsPrefixMap());
        });
        Files.writeString(marker, source.size() + " triples\n");
        log.println("loaded   " + source.size() + " triples into TDB2 store " + folder);
        return dsg;
    }
}
