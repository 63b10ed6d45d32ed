package dev.nerve.server;

import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Engine;
import dev.nerve.protocol.ProtocolCodec;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns the connections: accepts WebSocket upgrades at {@code /_nerve/ws} from allowed origins,
 * makes one {@link SocketEndpoint} per tab, and closes them all when the app stops.
 */
final class Sockets {
    private final Set<SocketEndpoint> open = ConcurrentHashMap.newKeySet();
    private final Engine engine;
    private final Map<String, Page> pages;
    private final AppConfig config;
    private final OriginPolicy origins;
    private final ProtocolCodec protocol;

    Sockets(Engine engine, Map<String, Page> pages, AppConfig config) {
        this.engine = engine;
        this.pages = pages;
        this.config = config;
        this.origins = new OriginPolicy(config.allowedOrigins());
        this.protocol = engine.protocol();
    }

    void configure(ServerWebSocketContainer container, Engine engine) {
        // Frames up to twice the limit are read and refused with an error message; larger ones close the socket (1009).
        container.setMaxTextMessageSize(2L * engine.config().maxMessageBytes());
        container.setIdleTimeout(config.idleTimeout());
        container.addMapping(WebServer.SOCKET_PATH, (request, response, callback) -> {
            if (!origins.allows(request)) {
                Response.writeError(request, response, callback, 403, "this origin may not open Nerve's WebSocket");
                return null;
            }
            return new SocketEndpoint(this, connectRequest(request));
        });
    }

    Engine engine() {
        return engine;
    }

    ProtocolCodec protocol() {
        return protocol;
    }

    int maxQueuedMessages() {
        return config.maxQueuedMessages();
    }

    void opened(SocketEndpoint endpoint) {
        open.add(endpoint);
    }

    void closed(SocketEndpoint endpoint) {
        open.remove(endpoint);
    }

    /** Closes every tab's socket with "going away"; the browsers reconnect to whatever serves next. */
    void closeAll() {
        for (SocketEndpoint endpoint : open) endpoint.close(StatusCode.SHUTDOWN, "the server is stopping");
    }

    private ConnectRequest connectRequest(ServerUpgradeRequest request) {
        Fields query = Request.extractQueryParameters(request);
        Page page = pages.get(valueOr(query, "page", ""));
        return new ConnectRequest(query.getValue("token"), query.getValue("tab"), page == null ? null : page.compiled().states());
    }

    private static String valueOr(Fields fields, String name, String otherwise) {
        String value = fields.getValue(name);
        return value == null ? otherwise : value;
    }
}
