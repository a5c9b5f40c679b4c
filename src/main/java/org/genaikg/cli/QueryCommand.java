package org.genaikg.cli;

import picocli.CommandLine.Command;

@Command(name = "query", mixinStandardHelpOptions = true, description = "Not yet available.")
final class QueryCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("query is not yet available");
    }
}
