package dev.nerve.task;

import dev.nerve.LogCapture;
import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.Computed;
import dev.nerve.state.State;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-7: a task that never takes the lock still ends with one delta for computed vars that changed meanwhile. */
@Timeout(10)
class TaskWithoutLockTest {
    static final AtomicInteger OUTSIDE = new AtomicInteger();

    public static class Probe extends State {
        @Computed
        public int outside() {
            return OUTSIDE.get();
        }

        @Event(background = true)
        public void changeOutsideThenThrow() {
            OUTSIDE.set(42);
            throw new IllegalArgumentException("no lock taken");
        }
    }

    @Test
    void oneFinalDeltaCarriesTheChangedComputedVarAndTheErrorIsReportedOnce() {
        OUTSIDE.set(0);
        try (LogCapture log = LogCapture.failures();
             TestClient client = TestClient.create(config -> config.states(Probe.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            assertThat(tab.json("Probe", "outside").asInt()).isZero();
            long id = tab.send(Probe::changeOutsideThenThrow);

            await().until(() -> client.backgroundTasks().list().isEmpty());
            tab.awaitMessages(m -> m.stream().anyMatch(x -> x instanceof ServerMessage.Delta d && d.changes().containsKey("Probe")), "the final delta");
            List<ServerMessage.Delta> withValues = tab.deltas().stream().filter(d -> !d.isEmpty()).toList();
            assertThat(withValues).singleElement().satisfies(d -> assertThat(d.changes().get("Probe").get("outside").json()).isEqualTo("42"));
            assertThat(tab.deltas()).filteredOn(d -> d.event() != null && d.event() == id).hasSize(1);
            assertThat(tab.errors()).singleElement().asString().contains("no lock taken");
            assertThat(log.messages()).hasSize(1);
        }
    }
}
