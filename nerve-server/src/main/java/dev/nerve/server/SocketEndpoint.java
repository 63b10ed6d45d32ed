package dev.nerve.server;

import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.protocol.ServerMessage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;

/**
 * One tab's WebSocket. Jetty hands it one frame at a time (it asks for the next once this one is
 * handled); each is passed to the tab's {@link Connection}. Writes go through the tab's
 * {@link SocketChannel}. Public only because Jetty calls it reflectively; not for application code.
 */
public final class SocketEndpoint implements Session.Listener.AutoDemanding {
    private static final Logger log = LoggerFactory.getLogger(SocketEndpoint.class);
    private final Sockets sockets;
    private final ConnectRequest request;
    private volatile SocketChannel channel;
    private volatile Connection connection;

    SocketEndpoint(Sockets sockets, ConnectRequest request) {
        this.sockets = sockets;
        this.request = request;
    }

    @Override
    public void onWebSocketOpen(Session session) {
        channel = new SocketChannel(session, sockets.protocol(), sockets.maxQueuedMessages());
        sockets.opened(this);
        try {
            connection = sockets.engine().connect(request, channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close(StatusCode.SHUTDOWN, "the server is stopping");
        } catch (RuntimeException e) {
            log.error("connecting a tab failed", e);
            channel.close(StatusCode.SERVER_ERROR, "the server could not load this tab's state");
        }
    }

    @Override
    public void onWebSocketText(String text) {
        Connection current = connection;
        if (current != null) current.receive(text);
    }

    /** Nerve speaks JSON text only: a binary message gets an error and changes nothing. */
    @Override
    public void onWebSocketBinary(ByteBuffer payload, Callback callback) {
        callback.succeed();
        SocketChannel socket = channel;
        if (socket != null) socket.send(new ServerMessage.Error("binary messages are not part of Nerve's protocol; send JSON text", null));
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        Connection current = connection;
        if (current != null) current.close();
        SocketChannel socket = channel;
        if (socket != null) socket.closed();
        sockets.closed(this);
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        log.debug("socket error: {}", cause.toString());
    }

    void close(int code, String reason) {
        SocketChannel socket = channel;
        if (socket != null) socket.close(code, reason);
    }
}
