package org.genaikg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on a free loopback port that accepts connections and never answers: it counts who came (an
 * SSRF target must see nobody) and stalls whoever does (a SERVICE endpoint that never answers).
 */
final class LoopbackListener implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger accepted = new AtomicInteger();
    private final List<Socket> held = new ArrayList<>();
    private final Thread acceptor;

    LoopbackListener() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::acceptAll, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                accepted.incrementAndGet();
                synchronized (held) {
                    held.add(s);
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    int port() {
        return socket.getLocalPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int connections() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (held) {
            for (Socket s : held) s.close();
        }
    }
}
