package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ImmutableStateException;
import dev.nerve.state.ListVar;
import dev.nerve.state.MapVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-3: outside a lock block every kind of write throws at the write and changes nothing; inside, the same writes work. */
@Timeout(10)
class WriteGuardTest {

    public static class Guarded extends State {
        public final ListVar<String> items = listVar("a");
        public final MapVar<String, Integer> scores = mapVar(Map.of("x", 1));
        public final Var<Integer> count = var(5);
        public final Var<String> report = var("");

        @Event
        public void bump() {
            count.update(c -> c + 1);
        }

        @Event(background = true)
        public void writeOutside() throws InterruptedException {
            List<String> outcomes = new ArrayList<>();
            outcomes.add(attempt(() -> items.add("b")));
            outcomes.add(attempt(() -> scores.put("y", 2)));
            outcomes.add(attempt(this::reset));
            outcomes.add(attempt(this::bump));
            outcomes.add(attempt(this::helperThatWrites));
            String summary = String.join(",", outcomes);
            lock(() -> report.set(summary));
        }

        @Event(background = true)
        public void writeInside() throws InterruptedException {
            lock(() -> {
                items.add("b");
                scores.put("y", 2);
                bump();
                helperThatWrites();
            });
        }

        @Event(background = true)
        public void resetInside() throws InterruptedException {
            lock(this::reset);
        }

        private void helperThatWrites() {
            count.update(c -> c * 10);
        }

        private static String attempt(Runnable write) {
            try {
                write.run();
                return "allowed";
            } catch (ImmutableStateException e) {
                return "refused";
            }
        }
    }

    @Test
    void everyWriteOutsideALockBlockThrowsAndChangesNothing() {
        try (TestClient client = TestClient.create(config -> config.states(Guarded.class))) {
            TestTab tab = client.openTab();
            tab.send(Guarded::writeOutside);

            Guarded seen = tab.await(Guarded.class, s -> !s.report.get().isEmpty());
            assertThat(seen.report.get()).isEqualTo("refused,refused,refused,refused,refused");
            await().until(() -> client.backgroundTasks().list().isEmpty());
            Guarded stored = tab.stored(Guarded.class);
            assertThat(stored.items.get()).containsExactly("a");
            assertThat(stored.scores.get()).containsExactly(Map.entry("x", 1));
            assertThat(stored.count.get()).isEqualTo(5);
            assertThat(tab.deltas()).hasSize(2); // the start acknowledgement and the report; the final sync had nothing to send
        }
    }

    @Test
    void theSameWritesInsideALockBlockWorkAndArriveInOneDelta() {
        try (TestClient client = TestClient.create(config -> config.states(Guarded.class))) {
            TestTab tab = client.openTab();
            long id = tab.send(Guarded::writeInside);

            Guarded seen = tab.await(Guarded.class, s -> s.count.get() == 60);
            assertThat(seen.items.get()).containsExactly("a", "b");
            assertThat(seen.scores.get()).containsExactly(Map.entry("x", 1), Map.entry("y", 2));
            ServerMessage.Delta block = tab.deltas().stream().filter(d -> d.event() == null).findFirst().orElseThrow();
            assertThat(block.changes().get("Guarded")).containsOnlyKeys("items", "scores", "count");
            assertThat(tab.awaitDone(id)).isInstanceOf(ServerMessage.Delta.class);
        }
    }

    @Test
    void resetInsideALockBlockRestoresEveryDeclaredValue() {
        try (TestClient client = TestClient.create(config -> config.states(Guarded.class))) {
            TestTab tab = client.openTab();
            tab.send(Guarded::writeInside);
            tab.await(Guarded.class, s -> s.count.get() == 60);
            tab.send(Guarded::resetInside);

            Guarded seen = tab.await(Guarded.class, s -> s.count.get() == 5);
            assertThat(seen.items.get()).containsExactly("a");
            assertThat(seen.scores.get()).containsExactly(Map.entry("x", 1));
        }
    }
}
