package org.genaikg.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Asks whether the server's port is free before the graph is built, so that a taken port fails in a second and
 * before anything is written, rather than after a build that replaced the dumps another server is serving.
 */
final class FreePort {
    private FreePort() {}

    static void require(String host, int port) {
        if (port == 0) return;
        try (ServerSocket probe = new ServerSocket()) {
            // as Jetty binds, so that a port the probe could take is one the server can take
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw inUse(port);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("genai-kg serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
    }

    static UserError inUse(int port) {
        return new UserError("port " + port + " is in use — choose another with --port");
    }

    /** Whether a server failed to start because its port was taken meanwhile. */
    static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) return true;
        }
        return false;
    }
}
