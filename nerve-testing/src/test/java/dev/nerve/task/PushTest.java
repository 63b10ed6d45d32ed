package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-EV-4: push() sends the delta so far and the block stays writable; outside a block it throws. */
@Timeout(10)
class PushTest {

    public static class Pushing extends State {
        public final Var<Integer> value = var(0);
        public final Var<String> outcome = var("");

        @Event(background = true)
        public void setPushSet() throws InterruptedException {
            lock(() -> {
                value.set(1);
                push();
                value.set(2);
            });
        }

        @Event(background = true)
        public void pushOutsideBlock() throws InterruptedException {
            String result;
            try {
                push();
                result = "no error";
            } catch (dev.nerve.state.ImmutableStateException e) {
                result = "ImmutableStateException";
            }
            String seen = result;
            lock(() -> outcome.set(seen));
        }

        @Event
        public void pushInHandlerThenFail() {
            value.set(10);
            push();
            value.set(11);
            throw new IllegalStateException("after push");
        }
    }

    @Test
    void insideALockBlockSetPushSetArrivesAsTwoDeltasInOrder() {
        try (TestClient client = TestClient.create(config -> config.states(Pushing.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            tab.send(Pushing::setPushSet);

            tab.await(Pushing.class, s -> s.value.get() == 2);
            assertThat(tab.history(Pushing.class, s -> s.value)).containsExactly(0, 1, 2);
            assertThat(tab.errors()).isEmpty();
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Pushing.class).value.get()).isEqualTo(2);
        }
    }

    @Test
    void pushOutsideALockBlockThrows() {
        try (TestClient client = TestClient.create(config -> config.states(Pushing.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            tab.send(Pushing::pushOutsideBlock);

            assertThat(tab.await(Pushing.class, s -> !s.outcome.get().isEmpty()).outcome.get()).isEqualTo("ImmutableStateException");
        }
    }

    @Test
    void aHandlerThatFailsAfterAPushIsRolledBackToThePushOnly() {
        try (TestClient client = TestClient.create(config -> config.states(Pushing.class).errorDetails(true))) {
            TestTab tab = client.openTab();
            tab.call(Pushing::pushInHandlerThenFail);

            assertThat(tab.history(Pushing.class, s -> s.value)).containsExactly(0, 10);
            assertThat(tab.stored(Pushing.class).value.get()).isEqualTo(10);
            assertThat(tab.errors()).singleElement().asString().contains("after push");
        }
    }
}
