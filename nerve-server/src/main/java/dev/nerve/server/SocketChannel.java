package dev.nerve.server;

import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.Protocol;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.ServerMessage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The engine's way to one tab's socket. {@link #send} only queues, so the token's lock is never held
 * across network writes or encoding; one drainer at a time (a virtual thread started on demand)
 * encodes the queue in order and hands each frame to Jetty, which writes them in that order without
 * the drainer waiting. A tab with {@code maxQueued} messages queued or not yet written is closed as
 * too slow; it reconnects and is hydrated.
 */
final class SocketChannel implements ClientChannel {
    private static final Logger log = LoggerFactory.getLogger(SocketChannel.class);
    private final Session session;
    private final ProtocolCodec protocol;
    private final int maxQueued;
    private final Queue<ServerMessage> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger(); // sent and not yet written to the network
    private final AtomicBoolean writing = new AtomicBoolean();
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
            close(Protocol.CLOSE_TOO_SLOW, "the tab fell behind; reconnect");
            return;
        }
        queue.add(message);
        if (writing.compareAndSet(false, true)) Thread.ofVirtual().name("nerve-write").start(this::drain);
    }

    @Override
    public void close(int code, String reason) {
        if (closed) return;
        closed = true;
        session.close(code, reason, Callback.NOOP);
    }

    /** The socket has closed: drop what is still queued. */
    void closed() {
        closed = true;
        queue.clear();
    }

    private void drain() {
        do {
            for (ServerMessage message = queue.poll(); message != null; message = queue.poll()) {
                if (closed) queued.decrementAndGet();
                else session.sendText(protocol.encode(message), written);
            }
            writing.set(false);
        } while (!queue.isEmpty() && writing.compareAndSet(false, true));
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
