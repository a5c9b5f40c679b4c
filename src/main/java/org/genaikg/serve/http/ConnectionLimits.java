package org.genaikg.serve.http;

import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * How many connections the server keeps open: in all (Jetty's {@link NetworkConnectionLimit}: beyond it the server
 * stops accepting until one closes, so the process never runs out of file descriptors), and from one address
 * (beyond it a new connection is closed as soon as it opens, so one client's idle or slow connections cannot use
 * up the total).
 */
public final class ConnectionLimits implements Connection.Listener {
    private final int perClient;
    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    /**
     * The address each open connection was counted under. A closed channel no longer knows its peer, so the
     * address is looked up here when it closes, never read from the closed end point.
     */
    private final ConcurrentHashMap<Connection, String> countedUnder = new ConcurrentHashMap<>();

    private ConnectionLimits(int perClient) {
        this.perClient = perClient;
    }

    /** Installs both limits on {@code server}'s connectors; the total is kept below half the descriptor limit. */
    public static void install(Server server, int total, int perClient) {
        int bounded = (int) Math.min(total, Math.max(2, fileDescriptorLimit() / 2));
        server.addBean(new NetworkConnectionLimit(bounded, server));
        ConnectionLimits perAddress = new ConnectionLimits(Math.min(perClient, bounded));
        for (var connector : server.getConnectors()) {
            if (connector instanceof ServerConnector sc) sc.addEventListener(perAddress);
        }
    }

    static long fileDescriptorLimit() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount();
        }
        return Long.MAX_VALUE;
    }

    @Override
    public void onOpened(Connection connection) {
        String client = client(connection);
        if (client == null) return;
        countedUnder.put(connection, client);
        int[] now = new int[1];
        open.compute(client, (k, count) -> {
            AtomicInteger c = count == null ? new AtomicInteger() : count;
            now[0] = c.incrementAndGet();
            return c;
        });
        if (now[0] > perClient) connection.getEndPoint().close();
    }

    @Override
    public void onClosed(Connection connection) {
        String client = countedUnder.remove(connection);
        if (client == null) return;
        open.computeIfPresent(client, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }

    private static String client(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : null;
    }
}
