package dev.nerve.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nerve.WireClient;
import dev.nerve.engine.Tokens;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.ui.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The wire protocol over a real socket: hydrate first, a delta per event carrying its id, pong per ping. */
@Timeout(20)
class ProtocolWireTest {

    public static class Counter extends State {
        public final Var<Integer> count = var(7);
        public final Var<String> label = var("start");
        final Var<String> secret = backendVar("hidden");

        @Event
        public void add(int amount) {
            count.update(c -> c + amount);
        }
    }

    private App app;

    @BeforeEach
    void start() {
        app = App.create(c -> c.port(0)).page("/", Counter.class, s -> Html.text(s.count, s.label)).start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void theFirstMessageIsAHydrateWithAWellFormedTokenAndThePagesState() {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            JsonNode first = tab.awaitMessage(m -> true, "any message");

            assertThat(WireClient.type(first)).isEqualTo("hydrate");
            String token = first.path("token").asText();
            assertThat(Tokens.isWellFormed(token)).as("token %s", token).isTrue();
            assertThat(token).hasSizeGreaterThanOrEqualTo(22);
            JsonNode counter = first.path("state").path("Counter");
            assertThat(counter.path("count").asInt()).isEqualTo(7);
            assertThat(counter.path("label").asText()).isEqualTo("start");
            assertThat(counter.has("secret")).as("backend var sent: %s", first).isFalse();
        }
    }

    @Test
    void twoNewTabsGetDifferentTokens() {
        try (WireClient one = WireClient.connect(app.port(), "page=/");
             WireClient two = WireClient.connect(app.port(), "page=/")) {
            assertThat(one.token()).isNotEqualTo(two.token());
        }
    }

    @Test
    void anEventGetsADeltaCarryingItsId() {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            tab.send("Counter.add", 1);
            long id = tab.send("Counter.add", 2);

            JsonNode reply = tab.awaitMessage(m -> m.path("event").asLong(-1) == id, "the reply to event " + id);

            assertThat(WireClient.type(reply)).isEqualTo("delta");
            assertThat(reply.path("changes").path("Counter").path("count").asInt()).isEqualTo(10);
            assertThat(tab.value("Counter", "count").asInt()).isEqualTo(10);
        }
    }

    @Test
    void aPingGetsAPongWithTheSameId() {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            tab.sendRaw("{\"type\":\"ping\",\"id\":4242}");

            JsonNode pong = tab.awaitMessage(m -> WireClient.type(m).equals("pong"), "the pong");

            assertThat(pong.path("id").asLong()).isEqualTo(4242);
        }
    }
}
