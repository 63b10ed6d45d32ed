package dev.nerve.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nerve.WireClient;
import dev.nerve.engine.Tokens;
import dev.nerve.event.Event;
import dev.nerve.protocol.Protocol;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.ui.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-CON-2 over real sockets: a duplicated tab gets its own token; the same tab reconnecting replaces its old socket. */
@Timeout(20)
class DuplicatedTabWireTest {

    public static class Pad extends State {
        public final Var<String> text = var("");

        @Event
        public void write(String value) {
            text.set(value);
        }
    }

    private App app;

    @BeforeEach
    void start() {
        app = App.create(c -> c.port(0)).page("/", Pad.class, s -> Html.text(s.text)).start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aSecondLiveTabWithTheTokenAndAnotherTabIdGetsANewTokenAndFreshState() {
        try (WireClient original = WireClient.connect(app.port(), "page=/&tab=tab-a")) {
            String token = original.token();
            original.call("Pad.write", "mine");

            try (WireClient duplicate = WireClient.connect(app.port(), "page=/&tab=tab-b&token=" + token)) {
                JsonNode first = duplicate.awaitMessage(m -> true, "any message");
                assertThat(WireClient.type(first)).isEqualTo("newToken");
                String renewed = first.path("token").asText();
                assertThat(renewed).isNotEqualTo(token);
                assertThat(Tokens.isWellFormed(renewed)).isTrue();
                assertThat(duplicate.token()).isEqualTo(renewed);
                assertThat(duplicate.hydrate().path("state").path("Pad").path("text").asText()).isEmpty();

                duplicate.call("Pad.write", "theirs");
                assertThat(original.call("Pad.write", "mine, still").path("changes").path("Pad").path("text").asText())
                        .isEqualTo("mine, still");
                assertThat(original.isClosed()).isFalse();
                assertThat(original.messages()).noneMatch(m -> WireClient.type(m).equals("newToken"));
                assertThat(app.engine().stored(token, Pad.class).text.get()).isEqualTo("mine, still");
                assertThat(app.engine().stored(renewed, Pad.class).text.get()).isEqualTo("theirs");
            }
        }
    }

    @Test
    void aSecondLiveConnectionOfTheSameTabReplacesTheFirst() {
        try (WireClient before = WireClient.connect(app.port(), "page=/&tab=tab-a")) {
            String token = before.token();
            before.call("Pad.write", "kept");

            try (WireClient after = WireClient.connect(app.port(), "page=/&tab=tab-a&token=" + token)) {
                assertThat(before.awaitClose()).isEqualTo(Protocol.CLOSE_REPLACED);
                assertThat(after.token()).isEqualTo(token);
                assertThat(after.messages()).noneMatch(m -> WireClient.type(m).equals("newToken"));
                assertThat(after.hydrate().path("state").path("Pad").path("text").asText()).isEqualTo("kept");

                JsonNode reply = after.call("Pad.write", "still mine");
                assertThat(WireClient.type(reply)).isEqualTo("delta");
                assertThat(app.engine().stored(token, Pad.class).text.get()).isEqualTo("still mine");
            }
        }
    }
}
