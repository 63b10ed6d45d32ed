package dev.nerve.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nerve.WireClient;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.ui.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bad input over a real socket (R-EV-1, issue 3 item 7): each gets a clear error or refusal, the
 * tab's state is unchanged, the socket stays usable, and every other tab goes on being served.
 */
@Timeout(30)
class RobustnessWireTest {
    private static final int LIMIT = 4096;

    public static class Box extends State {
        public final Var<Integer> count = var(5);

        @Event
        public void add(int amount) {
            count.update(c -> c + amount);
        }

        @Event
        public void rename(String name) {
            count.set(name.length());
        }

        public void notAnEvent() {
            count.set(-1);
        }
    }

    private App app;

    @BeforeEach
    void start() {
        app = App.create(c -> c.port(0).allowOrigins("https://partner.example").engine(e -> e.maxMessageBytes(LIMIT)))
                .page("/", Box.class, s -> Html.text(s.count))
                .start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void textThatIsNotJsonGetsAnErrorAndChangesNothing() {
        assertRejected("{\"type\":\"event\",\"id\":1,\"handler\":\"Box.add\",\"args\":[1]", "JSON");
        assertRejected("hello", "JSON");
    }

    @Test
    void messagesOfUnknownShapeGetAnError() {
        assertRejected("[1,2,3]", "");
        assertRejected("{\"type\":\"teleport\"}", "teleport");
        assertRejected("{\"type\":\"event\",\"id\":1}", "handler");
    }

    @Test
    void anUnknownEventGetsAnErrorNamingIt() {
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.explode\",\"args\":[]}", "Box.explode");
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Nowhere.add\",\"args\":[1]}", "Nowhere");
    }

    @Test
    void aMethodWithoutEventIsNotCallable() {
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.notAnEvent\",\"args\":[]}", "notAnEvent");
    }

    @Test
    void wrongArgumentsGetAnErrorNamingTheHandler() {
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.add\",\"args\":[\"many\"]}", "Box.add");
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.add\",\"args\":[1,2]}", "Box.add");
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.add\",\"args\":[]}", "Box.add");
        assertEventRejected("{\"type\":\"event\",\"id\":9,\"handler\":\"Box.rename\",\"args\":[{\"a\":1}]}", "Box.rename");
    }

    @Test
    void aMessageOverTheLimitGetsAnErrorAndTheSocketStaysOpen() {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            int before = tab.count();
            tab.sendRaw(eventWithPadding(LIMIT + 100));

            JsonNode error = tab.awaitErrorAfter(before);

            assertThat(error.path("message").asText()).contains("larger than " + LIMIT);
            assertStillServedAndUnchanged(tab);
        }
    }

    @Test
    void aFrameFarOverTheLimitClosesOnlyThatSocket() {
        try (WireClient bystander = WireClient.connect(app.port(), "page=/");
             WireClient flooder = WireClient.connect(app.port(), "page=/")) {
            bystander.hydrate();
            String token = flooder.token();
            flooder.sendRaw(eventWithPadding(4 * LIMIT));

            assertThat(flooder.awaitClose()).isEqualTo(1009);
            assertThat(app.engine().stored(token, Box.class).count.get()).isEqualTo(5);
            assertStillServedAndUnchanged(bystander);
        }
    }

    @Test
    void aBinaryMessageGetsAnErrorAndTheSocketStaysOpen() {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            int before = tab.count();
            tab.sendBinary(new byte[] {1, 2, 3});

            assertThat(tab.awaitErrorAfter(before).path("message").asText()).contains("binary");
            assertStillServedAndUnchanged(tab);
        }
    }

    @Test
    void aStoppedAppCannotBeStartedAgain() {
        App stopped = App.create(c -> c.port(0)).page("/", Box.class, s -> Html.text(s.count)).start();
        stopped.stop();
        assertThatThrownBy(stopped::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("create a new one");
    }

    @Test
    void anUpgradeFromAnotherOriginIsRefused() {
        assertThatThrownBy(() -> WireClient.connect(app.port(), "page=/", Map.of("Origin", "https://evil.example")))
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e).getResponse().statusCode()).isEqualTo(403));
    }

    @Test
    void sameOriginAndConfiguredOriginsAreLetIn() {
        String self = "http://localhost:" + app.port();
        try (WireClient same = WireClient.connect(app.port(), "page=/", Map.of("Origin", self));
             WireClient partner = WireClient.connect(app.port(), "page=/", Map.of("Origin", "https://partner.example"))) {
            assertThat(same.call("Box.add", 1).path("type").asText()).isEqualTo("delta");
            assertThat(partner.call("Box.add", 1).path("type").asText()).isEqualTo("delta");
        }
    }

    /** Sends {@code text} on a fresh tab: an error comes back mentioning {@code mention}, and nothing changed. */
    private void assertRejected(String text, String mention) {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            int before = tab.count();
            tab.sendRaw(text);

            JsonNode error = tab.awaitErrorAfter(before);

            assertThat(error.path("message").asText()).as("error for %s", text).isNotBlank().contains(mention);
            assertStillServedAndUnchanged(tab);
        }
    }

    /** Like {@link #assertRejected}, and the error names the event's id so the browser can match it. */
    private void assertEventRejected(String text, String mention) {
        try (WireClient tab = WireClient.connect(app.port(), "page=/")) {
            tab.hydrate();
            int before = tab.count();
            tab.sendRaw(text);

            JsonNode error = tab.awaitErrorAfter(before);

            assertThat(error.path("event").asLong()).isEqualTo(9);
            assertThat(error.path("message").asText()).as("error for %s", text).contains(mention);
            assertStillServedAndUnchanged(tab);
        }
    }

    /** The store still holds the initial value, and the same socket still answers a good event. */
    private void assertStillServedAndUnchanged(WireClient tab) {
        String token = tab.token();
        assertThat(app.engine().stored(token, Box.class).count.get()).isEqualTo(5);
        assertThat(tab.isClosed()).isFalse();
        JsonNode reply = tab.call("Box.add", 2);
        assertThat(reply.path("changes").path("Box").path("count").asInt()).isEqualTo(7);
    }

    private static String eventWithPadding(int size) {
        String head = "{\"type\":\"event\",\"id\":3,\"handler\":\"Box.rename\",\"args\":[\"";
        return head + "x".repeat(size - head.length()) + "\"]}";
    }
}
