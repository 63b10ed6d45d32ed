package dev.nerve.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes protocol messages as JSON text. Client messages are checked field by field, so a
 * malformed one is refused with a message that says what is wrong; var values travel as the JSON
 * text they are stored as, never re-encoded.
 */
public final class ProtocolCodec {
    private final ObjectMapper mapper;

    /** A codec that reads and writes JSON with {@code mapper}; thread-safe while the mapper is not reconfigured. */
    public ProtocolCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The message in {@code text}, or a {@link ProtocolException} saying why it is not one. */
    public ClientMessage decodeClient(String text) {
        ObjectNode root = object(text);
        String type = requiredText(root, Protocol.TYPE);
        return switch (type) {
            case Protocol.EVENT -> event(root);
            case Protocol.PING -> new ClientMessage.Ping(requiredId(root, "a ping"));
            default -> throw new ProtocolException("unknown message type '" + type + "'");
        };
    }

    /** The JSON text of {@code message}, as a browser sends it; for test clients and load generators. */
    public String encode(ClientMessage message) {
        return switch (message) {
            case ClientMessage.Event e -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.EVENT);
                g.writeNumberField(Protocol.ID, e.id());
                g.writeStringField(Protocol.HANDLER, e.handler());
                g.writeArrayFieldStart(Protocol.ARGS);
                for (JsonNode arg : e.args()) g.writeTree(arg);
                g.writeEndArray();
            });
            case ClientMessage.Ping p -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.PING);
                g.writeNumberField(Protocol.ID, p.id());
            });
        };
    }

    /** The JSON text of {@code message}, as the browser receives it. */
    public String encode(ServerMessage message) {
        return switch (message) {
            case ServerMessage.Hydrate h -> StatesJson.isPlain(h.token(), h.state()) ? StatesJson.hydrate(h) : write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.HYDRATE);
                g.writeStringField(Protocol.TOKEN, h.token());
                writeStates(g, Protocol.STATE, h.state());
            });
            case ServerMessage.Delta d -> StatesJson.isPlain("", d.changes()) ? StatesJson.delta(d) : write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.DELTA);
                writeStates(g, Protocol.CHANGES, d.changes());
                if (d.event() != null) g.writeNumberField(Protocol.EVENT, d.event());
            });
            case ServerMessage.Error e -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.ERROR);
                g.writeStringField(Protocol.MESSAGE, e.message());
                if (e.event() != null) g.writeNumberField(Protocol.EVENT, e.event());
            });
            case ServerMessage.Toast t -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.TOAST);
                g.writeStringField(Protocol.MESSAGE, t.message());
                g.writeStringField(Protocol.LEVEL, t.level());
            });
            case ServerMessage.Redirect r -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.REDIRECT);
                g.writeStringField(Protocol.URL, r.url());
            });
            case ServerMessage.NewToken n -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.NEW_TOKEN);
                g.writeStringField(Protocol.TOKEN, n.token());
            });
            case ServerMessage.Pong p -> write(g -> {
                g.writeStringField(Protocol.TYPE, Protocol.PONG);
                g.writeNumberField(Protocol.ID, p.id());
            });
        };
    }

    /** Reads a server message, as a browser would; for test clients and load generators. */
    public ServerMessage decodeServer(String text) {
        ObjectNode root = object(text);
        String type = requiredText(root, Protocol.TYPE);
        Long event = root.hasNonNull(Protocol.EVENT) ? root.get(Protocol.EVENT).asLong() : null;
        return switch (type) {
            case Protocol.HYDRATE -> new ServerMessage.Hydrate(requiredText(root, Protocol.TOKEN), states(root.get(Protocol.STATE)));
            case Protocol.DELTA -> new ServerMessage.Delta(states(root.get(Protocol.CHANGES)), event);
            case Protocol.ERROR -> new ServerMessage.Error(requiredText(root, Protocol.MESSAGE), event);
            case Protocol.TOAST -> new ServerMessage.Toast(requiredText(root, Protocol.MESSAGE), requiredText(root, Protocol.LEVEL));
            case Protocol.REDIRECT -> new ServerMessage.Redirect(requiredText(root, Protocol.URL));
            case Protocol.NEW_TOKEN -> new ServerMessage.NewToken(requiredText(root, Protocol.TOKEN));
            case Protocol.PONG -> new ServerMessage.Pong(requiredId(root, "a pong"));
            default -> throw new ProtocolException("unknown message type '" + type + "'");
        };
    }

    private ClientMessage.Event event(ObjectNode root) {
        long id = requiredId(root, "an event");
        String handler = requiredText(root, Protocol.HANDLER);
        JsonNode args = root.get(Protocol.ARGS);
        if (args != null && !args.isArray() && !args.isNull()) {
            throw new ProtocolException("an event's 'args' must be an array");
        }
        List<JsonNode> list = new ArrayList<>();
        if (args instanceof ArrayNode array) array.forEach(list::add);
        return new ClientMessage.Event(id, handler, list);
    }

    private static long requiredId(ObjectNode root, String what) {
        JsonNode id = root.get(Protocol.ID);
        if (id == null || !id.isIntegralNumber() || !id.canConvertToLong()) {
            throw new ProtocolException(what + " needs a numeric 'id'");
        }
        return id.asLong();
    }

    private ObjectNode object(String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ProtocolException("the message is not JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode object)) throw new ProtocolException("a message must be a JSON object");
        return object;
    }

    private static String requiredText(ObjectNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || !value.isTextual()) throw new ProtocolException("the message needs a text '" + key + "'");
        return value.asText();
    }

    private static Map<String, Map<String, RawJson>> states(JsonNode node) {
        Map<String, Map<String, RawJson>> states = new LinkedHashMap<>();
        if (node == null) return states;
        node.properties().forEach(state -> {
            Map<String, RawJson> vars = new LinkedHashMap<>();
            state.getValue().properties().forEach(var -> vars.put(var.getKey(), new RawJson(var.getValue().toString())));
            states.put(state.getKey(), vars);
        });
        return states;
    }

    private static void writeStates(JsonGenerator g, String key, Map<String, Map<String, RawJson>> states) throws IOException {
        g.writeObjectFieldStart(key);
        for (var state : states.entrySet()) {
            g.writeObjectFieldStart(state.getKey());
            for (var var : state.getValue().entrySet()) {
                g.writeFieldName(var.getKey());
                g.writeRawValue(var.getValue().json());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private String write(Body body) {
        StringWriter out = new StringWriter(128);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }
}
