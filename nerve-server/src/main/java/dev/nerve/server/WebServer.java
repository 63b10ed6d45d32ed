package dev.nerve.server;

import dev.nerve.engine.Engine;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The Jetty server behind an {@link App}: virtual threads for handlers and sockets; the WebSocket at
 * {@code /_nerve/ws}; the browser runtime under {@code /_nerve/}; every other GET a page route.
 */
final class WebServer {
    /** The path prefix Nerve keeps for itself. */
    static final String RESERVED = "/_nerve";
    static final String SOCKET_PATH = RESERVED + "/ws";
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final Server server;
    private final ServerConnector connector;
    private final Sockets sockets;

    private WebServer(Server server, ServerConnector connector, Sockets sockets) {
        this.server = server;
        this.connector = connector;
        this.sockets = sockets;
    }

    static WebServer start(AppConfig config, Engine engine, Map<String, Page> pages) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("nerve-http");
        threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("nerve-http-", 0).factory()));
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setStopTimeout(5_000);

        Sockets sockets = new Sockets(engine, pages, config);
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server, container -> sockets.configure(container, engine));
        upgrades.setHandler(new HttpRoutes(pages, config));
        server.setHandler(upgrades);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("cannot start the web server on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        WebServer started = new WebServer(server, connector, sockets);
        log.info("Nerve is serving {} page(s) on http://localhost:{}/", pages.size(), started.port());
        return started;
    }

    int port() {
        return connector.getLocalPort();
    }

    void stop() {
        sockets.closeAll();
        stopQuietly(server);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("the web server did not stop cleanly: {}", e.toString());
        }
    }
}
