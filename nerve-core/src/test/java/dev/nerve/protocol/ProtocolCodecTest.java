package dev.nerve.protocol;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.nerve.state.StateCodec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The wire format: exact shapes, values passed through as stored, malformed input refused clearly. */
class ProtocolCodecTest {
    private final ProtocolCodec codec = new ProtocolCodec(StateCodec.defaultMapper());

    @Test
    void serverMessagesHaveTheDocumentedShape() {
        Map<String, Map<String, RawJson>> changes = Map.of("TaskState", Map.of("counter", new RawJson("3")));
        assertThat(codec.encode(new ServerMessage.Delta(changes, 7L))).isEqualTo("{\"type\":\"delta\",\"changes\":{\"TaskState\":{\"counter\":3}},\"event\":7}");
        assertThat(codec.encode(new ServerMessage.Delta(Map.of(), null))).isEqualTo("{\"type\":\"delta\",\"changes\":{}}");
        assertThat(codec.encode(new ServerMessage.Hydrate("tok", changes))).isEqualTo("{\"type\":\"hydrate\",\"token\":\"tok\",\"state\":{\"TaskState\":{\"counter\":3}}}");
        assertThat(codec.encode(new ServerMessage.Error("bad \"x\"", 2L))).isEqualTo("{\"type\":\"error\",\"message\":\"bad \\\"x\\\"\",\"event\":2}");
    }

    @Test
    void theFastPathForDeltasAndHydratesWritesWhatJacksonWould() throws Exception {
        var mapper = StateCodec.defaultMapper();
        Map<String, Map<String, RawJson>> states = new java.util.LinkedHashMap<>();
        states.put("A", Map.of("list", new RawJson("[1,{\"x\":\"y\"}]"), "text", new RawJson("\"h\\u00e9\\\"\"")));
        states.put("B", Map.of());
        for (ServerMessage message : List.of(new ServerMessage.Delta(states, 99L), new ServerMessage.Delta(states, null),
                new ServerMessage.Hydrate("t0k-en_", states))) {
            String encoded = codec.encode(message);
            assertThat(mapper.readTree(encoded)).as(encoded).isEqualTo(mapper.readTree(jacksonOnly(message)));
            assertThat(codec.decodeServer(encoded)).isEqualTo(codec.decodeServer(jacksonOnly(message)));
        }
    }

    @Test
    void aNameThatNeedsEscapingTakesTheSlowPathAndStaysValidJson() throws Exception {
        Map<String, Map<String, RawJson>> odd = Map.of("Odd\"State", Map.of("v\\ar", new RawJson("1")));
        String encoded = codec.encode(new ServerMessage.Delta(odd, 1L));
        assertThat(StateCodec.defaultMapper().readTree(encoded).path("changes").path("Odd\"State").path("v\\ar").asInt()).isEqualTo(1);
    }

    /** The message as Jackson writes it, field by field, for comparison with the fast path. */
    private static String jacksonOnly(ServerMessage message) throws Exception {
        var mapper = StateCodec.defaultMapper();
        var root = mapper.createObjectNode();
        switch (message) {
            case ServerMessage.Delta d -> {
                root.put("type", "delta");
                root.set("changes", tree(d.changes()));
                if (d.event() != null) root.put("event", d.event());
            }
            case ServerMessage.Hydrate h -> {
                root.put("type", "hydrate");
                root.put("token", h.token());
                root.set("state", tree(h.state()));
            }
            default -> throw new IllegalArgumentException();
        }
        return mapper.writeValueAsString(root);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(Map<String, Map<String, RawJson>> states) throws Exception {
        var mapper = StateCodec.defaultMapper();
        var node = mapper.createObjectNode();
        for (var state : states.entrySet()) {
            var vars = node.putObject(state.getKey());
            for (var var : state.getValue().entrySet()) vars.set(var.getKey(), mapper.readTree(var.getValue().json()));
        }
        return node;
    }

    @Test
    void messagesRoundTrip() {
        var event = new ClientMessage.Event(5, "TaskState.setMaxCounter", List.of(new TextNode("7"), new IntNode(2)));
        assertThat(codec.decodeClient(codec.encode(event))).isEqualTo(event);
        var delta = new ServerMessage.Delta(Map.of("S", Map.of("v", new RawJson("{\"a\":[1,2]}"))), null);
        assertThat(codec.decodeServer(codec.encode(delta))).isEqualTo(delta);
    }

    @Test
    void malformedClientMessagesAreRefusedWithAReason() {
        assertRefused("nope", "the message is not JSON");
        assertRefused("\"text\"", "a message must be a JSON object");
        assertRefused("{}", "the message needs a text 'type'");
        assertRefused("{\"type\":3}", "the message needs a text 'type'");
        assertRefused("{\"type\":\"x\"}", "unknown message type 'x'");
        assertRefused("{\"type\":\"event\",\"id\":\"1\",\"handler\":\"S.h\"}", "an event needs a numeric 'id'");
        assertRefused("{\"type\":\"event\",\"id\":1.5,\"handler\":\"S.h\"}", "an event needs a numeric 'id'");
        assertRefused("{\"type\":\"event\",\"id\":1}", "the message needs a text 'handler'");
        assertRefused("{\"type\":\"event\",\"id\":1,\"handler\":\"S.h\",\"args\":{}}", "an event's 'args' must be an array");
    }

    @Test
    void anEventWithoutArgsHasNone() {
        assertThat(((ClientMessage.Event) codec.decodeClient("{\"type\":\"event\",\"id\":1,\"handler\":\"S.h\"}")).args()).isEmpty();
    }

    private void assertRefused(String text, String reason) {
        assertThatThrownBy(() -> codec.decodeClient(text)).isInstanceOf(ProtocolException.class).hasMessageStartingWith(reason);
    }
}
