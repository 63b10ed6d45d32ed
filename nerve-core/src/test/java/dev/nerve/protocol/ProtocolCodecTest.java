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
