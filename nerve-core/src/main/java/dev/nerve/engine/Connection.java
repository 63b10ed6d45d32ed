package dev.nerve.engine;

import dev.nerve.event.BadEventException;
import dev.nerve.event.HandlerModel;
import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.ClientMessage;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.ProtocolException;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.task.TokenSession;
import dev.nerve.task.TokenSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connected tab, from {@link Engine#connect} until {@link #close()}. The transport hands it
 * every text message the tab sends; whatever the text, this never throws: a message that is too
 * large, not JSON, not a known message, or names no handler or the wrong arguments gets an error
 * message back and changes nothing (R-EV-1). After {@link #close()} it ignores what still arrives.
 */
public final class Connection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);
    private final TokenSession session;
    private final ClientChannel channel;
    private final TokenSessions sessions;
    private final ProtocolCodec protocol;
    private final int maxMessageBytes;
    private volatile boolean closed;

    Connection(TokenSession session, ClientChannel channel, TokenSessions sessions, ProtocolCodec protocol, int maxMessageBytes) {
        this.session = session;
        this.channel = channel;
        this.sessions = sessions;
        this.protocol = protocol;
        this.maxMessageBytes = maxMessageBytes;
    }

    /** The tab's token: the one it presented, or a fresh one. */
    public String token() {
        return session.token();
    }

    /** Handles one message from the tab. Thread-safe; events of one token still run in arrival order. */
    public void receive(String text) {
        if (closed) return;
        if (text == null) {
            reject("an empty message was dropped", null);
            return;
        }
        if (Utf8.exceeds(text, maxMessageBytes)) {
            reject("the message is larger than " + maxMessageBytes + " bytes and was dropped", null);
            return;
        }
        ClientMessage message;
        try {
            message = protocol.decodeClient(text);
        } catch (ProtocolException e) {
            reject(e.getMessage(), null);
            return;
        }
        switch (message) {
            case ClientMessage.Event event -> event(event);
            case ClientMessage.Ping ping -> {
                session.used();
                channel.send(new ServerMessage.Pong(ping.id()));
            }
        }
    }

    /** Detaches the tab; the token's state and running tasks stay (R-CON-1). */
    @Override
    public void close() {
        closed = true;
        session.detach(channel);
    }

    private void event(ClientMessage.Event event) {
        try {
            HandlerModel handler = sessions.types().handler(event.handler());
            Object[] args = sessions.arguments().decode(handler, event.args());
            session.submit(handler, args, event.id());
        } catch (BadEventException e) {
            reject(e.getMessage(), event.id());
        }
    }

    private void reject(String reason, Long event) {
        log.debug("rejected a message from token {}: {}", session.token(), reason);
        channel.send(new ServerMessage.Error(reason, event));
    }
}
