package dev.nerve.bench;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import java.util.concurrent.Executors;

/**
 * The floor Nerve runs on: Jetty 12 with virtual threads and a WebSocket at {@code /_nerve/ws} that
 * sends every text message back — configured as Nerve's own server is, and with nothing else.
 */
public final class EchoServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    private EchoServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /** Starts on {@code port} of the loopback interface (0: a free one). */
    public static EchoServer start(int port) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("echo-", 0).factory()));
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(2L << 20);
            container.addMapping("/_nerve/ws", (request, response, callback) -> new Echo());
        }));
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the echo server", e);
        }
        return new EchoServer(server, connector);
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** One connection: each text frame is written back, one at a time. */
    public static final class Echo implements Session.Listener.AutoDemanding {
        private volatile Session session;

        @Override
        public void onWebSocketOpen(Session session) {
            this.session = session;
        }

        @Override
        public void onWebSocketText(String text) {
            session.sendText(text, Callback.NOOP); // queued by Jetty and written in order, as Nerve's frames are
        }
    }
}
