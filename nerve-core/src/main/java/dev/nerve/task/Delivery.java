package dev.nerve.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.nerve.protocol.ServerMessage;

import java.util.List;

/**
 * What a flush does once the changes are stored: send the messages, then start the chained events.
 * The changes are committed by then, so a failure here cannot roll them back or fail the handler;
 * it is logged, and the tab told without an event id.
 */
final class Delivery {
    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private Delivery() { }

    static void afterCommit(TokenSession token, List<ServerMessage> messages, List<Chained> events) {
        for (ServerMessage message : messages) {
            try {
                token.send(message);
            } catch (RuntimeException e) {
                log.warn("sending to token {} failed after its changes were stored; it will be hydrated on reconnect", token.token(), e);
            }
        }
        for (Chained event : events) {
            try {
                token.dispatch(event);
            } catch (RuntimeException e) {
                log.error("{} could not start for token {}", event.handler().qualifiedName(), token.token(), e);
                token.send(new ServerMessage.Error(event.handler().qualifiedName() + " could not start: " + e, null));
            }
        }
    }
}
