package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.event.EventSpec;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * R-EV-4, R-EV-3: a task that emits events without ever taking the lock never takes, sends or
 * clears a delta, so writes the client makes between its ticks all arrive.
 */
@Timeout(30)
class EmitWithoutLockTest {
    static final int TICKS = 100;

    public static class Ticking extends State {
        public final Var<Integer> ticks = var(0);
        public final Var<Integer> written = var(0);

        @Event(background = true)
        public void tickEvery50ms() throws InterruptedException {
            for (int i = 0; i < TICKS; i++) {
                emit(EventSpec.of(Ticking::tick));
                Thread.sleep(50);
            }
        }

        @Event
        public void tick() {
            ticks.update(t -> t + 1);
        }

        @Event
        public void write(int value) {
            written.set(value);
        }
    }

    @Test
    void everyWriteSentBetweenTicksReachesTheClient() {
        try (TestClient client = TestClient.create(config -> config.states(Ticking.class))) {
            TestTab tab = client.openTab();
            tab.send(Ticking::tickEvery50ms);
            for (int n = 1; n <= TICKS; n++) {
                int tick = n;
                tab.await(Ticking.class, s -> s.ticks.get() >= tick);
                LockSupport.parkNanos(5_000_000); // the scenario: each write lands 5 ms after a tick
                tab.send(Ticking::write, n);
            }

            tab.await(Ticking.class, s -> s.written.get() == TICKS);
            List<Integer> expected = IntStream.rangeClosed(0, TICKS).boxed().toList();
            assertThat(tab.history(Ticking.class, s -> s.written)).isEqualTo(expected);
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Ticking.class).written.get()).isEqualTo(TICKS);
            assertThat(tab.errors()).isEmpty();
        }
    }
}
