package dev.nerve.protocol;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A message from the browser. */
public sealed interface ClientMessage {

    /**
     * Run a handler of the tab's state.
     *
     * @param id      chosen by the client; the reply that finishes this event carries it
     * @param handler "StateName.method"
     * @param args    the arguments as JSON, decoded later by the handler's parameter types
     */
    record Event(long id, String handler, List<JsonNode> args) implements ClientMessage {
        public Event {
            args = List.copyOf(args);
        }
    }

    /**
     * A heartbeat; the server answers with {@link ServerMessage.Pong} and counts the tab as in use.
     *
     * @param id chosen by the client, echoed in the pong
     */
    record Ping(long id) implements ClientMessage { }
}
