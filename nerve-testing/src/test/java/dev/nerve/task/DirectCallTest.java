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

/** R-BG-5: a background handler called as a plain Java method is detected, with a message saying how to start it. */
@Timeout(10)
class DirectCallTest {

    public static class Caller extends State {
        public final Var<Integer> value = var(0);

        @Event
        public void callLockingTask() throws InterruptedException {
            value.set(5);
            lockingTask();
        }

        @Event
        public void callWritingTask() {
            writingTask();
        }

        @Event(background = true)
        public void lockingTask() throws InterruptedException {
            lock(() -> value.set(1));
        }

        @Event(background = true)
        public void writingTask() {
            value.set(2);
        }

        @Event(background = true)
        public void taskCallingTask() throws InterruptedException {
            lockingTask();
        }
    }

    @Test
    void aHandlerCallingALockingBackgroundHandlerGetsAnExplanationAndNothingChanges() {
        try (TestClient client = TestClient.create(config -> config.states(Caller.class))) {
            TestTab tab = client.openTab();
            tab.call(Caller::callLockingTask);

            assertThat(tab.errors()).singleElement().asString()
                    .contains("Caller.lockingTask is a background handler and was called directly from Caller.callLockingTask")
                    .contains("EventSpec.of(Caller::lockingTask)");
            assertThat(tab.stored(Caller.class).value.get()).isZero();
            assertThat(tab.view(Caller.class).value.get()).isZero();
        }
    }

    @Test
    void aHandlerCallingAWritingBackgroundHandlerIsDetectedAtTheWrite() {
        try (TestClient client = TestClient.create(config -> config.states(Caller.class))) {
            TestTab tab = client.openTab();
            tab.call(Caller::callWritingTask);

            assertThat(tab.errors()).singleElement().asString().contains("Caller.writingTask is a background handler");
            assertThat(tab.stored(Caller.class).value.get()).isZero();
        }
    }

    @Test
    void aTaskCallingAnotherBackgroundHandlerDirectlyIsDetected() {
        try (TestClient client = TestClient.create(config -> config.states(Caller.class))) {
            TestTab tab = client.openTab();
            tab.send(Caller::taskCallingTask);

            assertThat(tab.awaitErrors(1)).singleElement().asString()
                    .contains("Caller.lockingTask is a background handler and was called directly from Caller.taskCallingTask");
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Caller.class).value.get()).isZero();
        }
    }

    public static class Inbox extends State {
        public final dev.nerve.state.ListVar<String> items = listVar();

        @Event(background = true)
        public void sync() throws InterruptedException {
            lock(() -> items.add("synced"));
        }

        @Event
        public void importItems() {
            sync(java.util.List.of("a", "b"));
        }

        void sync(java.util.List<String> batch) {
            items.addAll(batch);
        }
    }

    @Test
    void aHelperThatOnlySharesABackgroundHandlersNameMayWrite() {
        try (TestClient client = TestClient.create(config -> config.states(Inbox.class))) {
            TestTab tab = client.openTab();
            tab.call(Inbox::importItems);

            assertThat(tab.errors()).isEmpty();
            assertThat(tab.view(Inbox.class).items.get()).containsExactly("a", "b");
        }
    }

    @Test
    void startingItByEventWorks() {
        try (TestClient client = TestClient.create(config -> config.states(Caller.class))) {
            TestTab tab = client.openTab();
            tab.send(Caller::lockingTask);

            tab.await(Caller.class, s -> s.value.get() == 1);
            assertThat(tab.errors()).isEmpty();
        }
    }
}
