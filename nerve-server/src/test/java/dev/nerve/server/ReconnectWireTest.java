package dev.nerve.server;

import dev.nerve.WireClient;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.ui.Html;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-CON-1 over a real socket: a reconnect with the token keeps state and gets a running task's updates. */
@Timeout(20)
class ReconnectWireTest {

    public static class Ticker extends State {
        public final Var<Integer> ticks = var(0);
        public final Var<String> note = var("");
        final Var<Boolean> stop = backendVar(false);

        @Event(background = true)
        public void run() throws InterruptedException {
            while (lock(() -> {
                ticks.update(t -> t + 1);
                return !stop.get();
            })) {
                Thread.sleep(50);
            }
        }

        @Event
        public void write(String text) {
            note.set(text);
        }

        @Event
        public void halt() {
            stop.set(true);
        }
    }

    private App app;

    @BeforeEach
    void start() {
        app = App.create(c -> c.port(0)).page("/", Ticker.class, s -> Html.text(s.ticks, s.note)).start();
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aReconnectWithTheTokenKeepsTheState() {
        String token;
        try (WireClient first = WireClient.connect(app.port(), "page=/&tab=tab-1")) {
            token = first.token();
            first.call("Ticker.write", "kept");
        }
        try (WireClient again = WireClient.connect(app.port(), "page=/&tab=tab-1&token=" + token)) {
            assertThat(again.token()).isEqualTo(token);
            assertThat(again.hydrate().path("state").path("Ticker").path("note").asText()).isEqualTo("kept");
            assertThat(again.messages()).noneMatch(m -> WireClient.type(m).equals("newToken"));
        }
    }

    @Test
    void updatesOfARunningTaskReachTheNewConnection() {
        WireClient first = WireClient.connect(app.port(), "page=/&tab=tab-1");
        String token = first.token();
        first.call("Ticker.run");
        first.awaitValue("Ticker", "ticks", v -> v.asInt() >= 3);
        first.close();
        int seenByFirst = first.value("Ticker", "ticks").asInt();

        try (WireClient second = WireClient.connect(app.port(), "page=/&tab=tab-1&token=" + token)) {
            assertThat(second.token()).isEqualTo(token);
            int hydrated = second.hydrate().path("state").path("Ticker").path("ticks").asInt();
            assertThat(hydrated).isGreaterThanOrEqualTo(seenByFirst);

            second.awaitValue("Ticker", "ticks", v -> v.asInt() >= hydrated + 3);
            assertThat(app.backgroundTasks().list()).hasSize(1);

            second.call("Ticker.halt");
            await("the task to end").atMost(WireClient.TIMEOUT).until(() -> app.backgroundTasks().list().isEmpty());
        }
    }
}
