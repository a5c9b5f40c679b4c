package org.genaikg.cli;

import java.util.concurrent.Callable;
import org.genaikg.pipeline.BuildConfig;
import org.genaikg.pipeline.Pipeline;
import org.genaikg.pipeline.StageLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Every check of build, writing nothing. Exit 0 when the tables and the graph are clean, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @Override
    public Integer call() {
        new Pipeline(data.config(null, true, BuildConfig.DEFAULT_PUBLIC_URL), new StageLog(System.out)).check();
        System.out.println("valid: every table and the graph pass every check");
        return 0;
    }
}
