package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.ImmutableStateException;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-4: a lock block opened while the thread holds the lock fails at once, without deadlock. */
@Timeout(10)
class NestedLockTest {

    public static class Nesting extends State {
        public final Var<Integer> before = var(0);
        public final Var<String> caught = var("");
        public final Var<Integer> clicks = var(0);

        @Event(background = true)
        public void nest() throws InterruptedException {
            lock(() -> {
                before.set(1);
                try {
                    lock(() -> before.set(99));
                } catch (ImmutableStateException e) {
                    caught.set(e.getMessage());
                }
            });
        }

        @Event
        public void lockInsideHandler() throws InterruptedException {
            lock(() -> clicks.set(-1));
        }

        @Event
        public void click() {
            clicks.update(c -> c + 1);
        }
    }

    @Test
    void aNestedLockThrowsAtOnceAndTheOuterBlockKeepsItsWrites() {
        try (TestClient client = TestClient.create(config -> config.states(Nesting.class))) {
            TestTab tab = client.openTab();
            tab.send(Nesting::nest);

            Nesting seen = tab.await(Nesting.class, s -> !s.caught.get().isEmpty());
            assertThat(seen.caught.get()).contains("nested lock()");
            assertThat(seen.before.get()).isEqualTo(1);
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Nesting.class).before.get()).isEqualTo(1);

            tab.call(Nesting::click);
            assertThat(tab.view(Nesting.class).clicks.get()).isEqualTo(1);
            assertThat(tab.errors()).isEmpty();
        }
    }

    @Test
    void aLockBlockInsideANormalHandlerFailsWithAnExplanation() {
        try (TestClient client = TestClient.create(config -> config.states(Nesting.class))) {
            TestTab tab = client.openTab();
            tab.call(Nesting::lockInsideHandler);

            assertThat(tab.errors()).singleElement().asString().contains("already holds the token's lock");
            assertThat(tab.stored(Nesting.class).clicks.get()).isZero();
            tab.call(Nesting::click);
            assertThat(tab.view(Nesting.class).clicks.get()).isEqualTo(1);
        }
    }
}
