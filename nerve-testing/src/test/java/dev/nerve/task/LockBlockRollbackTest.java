package dev.nerve.task;

import dev.nerve.LogCapture;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-7, R-EV-5: a lock block that throws is rolled back; browser and store agree on the old value. */
@Timeout(10)
class LockBlockRollbackTest {

    public static class Fragile extends State {
        public final Var<Integer> value = var(1);

        @Event(background = true)
        public void writeThenThrow() throws InterruptedException {
            lock(() -> {
                value.set(2);
                throw new IllegalStateException("block broke");
            });
        }

        @Event
        public void set(int newValue) {
            value.set(newValue);
        }
    }

    @Test
    void theClientAndTheStoreKeepTheOldValueAndTheNextEventWorks() {
        try (LogCapture log = LogCapture.failures();
             TestClient client = TestClient.create(config -> config.states(Fragile.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            tab.send(Fragile::writeThenThrow);

            assertThat(tab.awaitErrors(1)).singleElement().asString().contains("Fragile.writeThenThrow").contains("block broke");
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.history(Fragile.class, s -> s.value)).containsExactly(1);
            assertThat(tab.stored(Fragile.class).value.get()).isEqualTo(1);

            tab.call(Fragile::set, 7);
            assertThat(tab.view(Fragile.class).value.get()).isEqualTo(7);
            assertThat(tab.stored(Fragile.class).value.get()).isEqualTo(7);
            assertThat(tab.errors()).hasSize(1);
            assertThat(log.messages()).hasSize(1);
        }
    }
}
