package org.genaikg.cli;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Not yet available.")
final class ServeCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("serve is not yet available");
    }
}
