package dev.nerve.bench;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.client.ClientUpgradeRequest;
import org.eclipse.jetty.websocket.client.WebSocketClient;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The load generator's connections: many WebSockets over loopback from one Jetty client, each with a
 * listener that gets every text message. Opening is bounded (a number of connections in flight at
 * once) so that thousands of tabs connect without a storm of refused upgrades.
 */
final class Tabs implements AutoCloseable {
    private static final int CONNECTING_AT_ONCE = 200;
    private final WebSocketClient client;
    private final List<Session> sessions = new ArrayList<>();

    private Tabs(WebSocketClient client) {
        this.client = client;
    }

    static Tabs client() {
        HttpClient http = new HttpClient();
        http.setMaxConnectionsPerDestination(Integer.MAX_VALUE);
        WebSocketClient client = new WebSocketClient(http);
        client.setMaxTextMessageSize(4L << 20);
        client.setIdleTimeout(java.time.Duration.ofMinutes(10));
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the WebSocket client", e);
        }
        return new Tabs(client);
    }

    /**
     * Opens {@code count} connections to {@code port}'s Nerve socket; {@code onText} gets (tab index, text).
     * Returns once all are open.
     */
    List<Session> open(int port, int count, BiConsumer<Integer, String> onText) {
        List<Session> opened = new ArrayList<>();
        for (int start = 0; start < count; start += CONNECTING_AT_ONCE) {
            List<CompletableFuture<Session>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + CONNECTING_AT_ONCE); i++) {
                int tab = i;
                URI uri = URI.create("ws://127.0.0.1:" + port + "/_nerve/ws?page=/&tab=bench-" + tab);
                try {
                    batch.add(client.connect(new Listener(text -> onText.accept(tab, text)), uri, new ClientUpgradeRequest()));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot connect tab " + tab, e);
                }
            }
            for (CompletableFuture<Session> session : batch) opened.add(session.orTimeout(30, TimeUnit.SECONDS).join());
        }
        sessions.addAll(opened);
        return opened;
    }

    static void send(Session session, String text) {
        session.sendText(text, Callback.NOOP);
    }

    @Override
    public void close() {
        for (Session session : sessions) session.close();
        try {
            client.stop();
        } catch (Exception ignored) {
            // stopping anyway
        }
    }

    /** Hands each whole text message to {@code onText}. Public because Jetty calls it reflectively. */
    public static final class Listener implements Session.Listener.AutoDemanding {
        private final java.util.function.Consumer<String> onText;

        Listener(java.util.function.Consumer<String> onText) {
            this.onText = onText;
        }

        @Override
        public void onWebSocketText(String text) {
            onText.accept(text);
        }

        @Override
        public void onWebSocketError(Throwable cause) {
            // a socket closing at the end of a run; nothing to report
        }
    }
}
