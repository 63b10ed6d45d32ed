package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** R-CON-1: a reconnect with the same token keeps its state and receives the updates of tasks still running. */
@Timeout(10)
class ReconnectTest {

    public static class Ticker extends State {
        public final Var<Integer> ticks = var(0);
        public final Var<Boolean> stop = var(false);

        @Event(background = true)
        public void run() throws InterruptedException {
            while (!lock(() -> {
                ticks.update(t -> t + 1);
                return stop.get();
            })) {
                Thread.sleep(20);
            }
        }

        @Event
        public void halt() {
            stop.set(true);
        }
    }

    @Test
    void aReloadedTabGetsTheCurrentStateAndLaterUpdates() {
        try (TestClient client = TestClient.create(config -> config.states(Ticker.class))) {
            TestTab first = client.openTab();
            first.send(Ticker::run);
            first.await(Ticker.class, s -> s.ticks.get() >= 3);

            TestTab second = first.reload();
            assertThat(second.token()).isEqualTo(first.token());
            ServerMessage.Hydrate hydrate = (ServerMessage.Hydrate) second.messages().get(0);
            assertThat(Integer.parseInt(hydrate.state().get("Ticker").get("ticks").json())).isGreaterThanOrEqualTo(3);
            int atReload = second.view(Ticker.class).ticks.get();
            second.await(Ticker.class, s -> s.ticks.get() >= atReload + 3);
            int firstSaw = first.view(Ticker.class).ticks.get();
            second.await(Ticker.class, s -> s.ticks.get() > firstSaw);

            second.call(Ticker::halt);
            assertThat(first.view(Ticker.class).ticks.get()).isLessThan(second.view(Ticker.class).ticks.get());
        }
    }

    @Test
    void aNewTabGetsAFreshTokenAndItsOwnState() {
        try (TestClient client = TestClient.create(config -> config.states(Ticker.class))) {
            TestTab one = client.openTab();
            TestTab two = client.openTab();
            one.call(Ticker::halt);

            assertThat(two.token()).isNotEqualTo(one.token());
            assertThat(two.view(Ticker.class).stop.get()).isFalse();
            assertThat(one.view(Ticker.class).stop.get()).isTrue();
        }
    }
}
