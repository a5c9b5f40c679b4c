package org.genaikg.cli;

import java.nio.file.Path;
import org.genaikg.pipeline.BuildConfig;
import picocli.CommandLine.Option;

/** The options every command that builds the graph shares. */
final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", description = "Folder of curated tables (default: ${DEFAULT-VALUE}).")
    Path data = BuildConfig.DEFAULT_DATA;

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Folder with genai-kg.ttl and shapes.ttl (default: ${DEFAULT-VALUE}).")
    Path ontology = BuildConfig.DEFAULT_ONTOLOGY;

    Path data() {
        return data;
    }

    BuildConfig config(Path out, boolean shacl, String publicUrl) {
        return new BuildConfig(data, ontology, out, shacl, publicUrl);
    }
}
