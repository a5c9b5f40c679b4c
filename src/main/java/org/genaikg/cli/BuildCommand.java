package org.genaikg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Read and check every table, map it to RDF, validate with SHACL and the Data Cube constraints, "
                + "and write the dumps (Turtle, N-Triples, JSON-LD, their .gz, void.ttl). A failed build writes nothing.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the dumps (default: ${DEFAULT-VALUE}).")
    Path out = BuildConfig.DEFAULT_OUT;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Base URL of the endpoint and dumps named in void.ttl (default: ${DEFAULT-VALUE}).")
    String publicUrl = BuildConfig.DEFAULT_PUBLIC_URL;

    @Override
    public Integer call() throws Exception {
        new Pipeline(data.config(out, true, publicUrl), new StageLog(System.out)).build();
        return 0;
    }
}
