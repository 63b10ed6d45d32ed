package dev.nerve.server;

import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.Protocol;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.ServerMessage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's way to one tab's socket. {@link #send} encodes the message and hands the frame to
 * Jetty, which queues it and writes frames in the order they were handed over, without the caller
 * waiting: the engine calls it under the token's lock, so frames leave in the order their changes were
 * stored, and the lock is never held across a network write. A tab with {@code maxQueued} frames not
 * yet written is closed as too slow; it reconnects and is hydrated.
 */
final class SocketChannel implements ClientChannel {
    private static final Logger log = LoggerFactory.getLogger(SocketChannel.class);
    private final Session session;
    private final ProtocolCodec protocol;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger(); // handed to Jetty, not yet written to the network
    private final Callback written = Callback.from(this::written, this::notWritten); // Jetty's answer to each frame
    private volatile boolean closed;

    SocketChannel(Session session, ProtocolCodec protocol, int maxQueued) {
        this.session = session;
        this.protocol = protocol;
        this.maxQueued = maxQueued;
    }

    @Override
    public void send(ServerMessage message) {
        if (closed) return;
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            close(Protocol.CLOSE_TOO_SLOW, "the tab fell behind; reconnect");
            return;
        }
        session.sendText(protocol.encode(message), written);
    }

    @Override
    public void close(int code, String reason) {
        if (closed) return;
        closed = true;
        session.close(code, reason, Callback.NOOP);
    }

    /** The socket has closed: send nothing more. */
    void closed() {
        closed = true;
    }

    private void written() {
        queued.decrementAndGet();
    }

    private void notWritten(Throwable cause) {
        queued.decrementAndGet();
        log.debug("a write to a closing socket failed: {}", cause.toString());
        closed = true;
    }
}
