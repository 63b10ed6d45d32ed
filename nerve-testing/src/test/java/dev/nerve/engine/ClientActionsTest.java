package dev.nerve.engine;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Toasts and redirects go out with the handler's changes, after its delta, and not at all if it fails. */
@Timeout(10)
class ClientActionsTest {

    public static class Notifier extends State {
        public final Var<Integer> saved = var(0);

        @Event
        public void save() {
            saved.update(n -> n + 1);
            toast("Saved", "success");
        }

        @Event
        public void saveAndFail() {
            saved.update(n -> n + 1);
            toast("Saved");
            throw new IllegalStateException("disk full");
        }

        @Event
        public void leave() {
            redirect("/progress");
        }

        @Event(background = true)
        public void notifyFromTask() {
            toast("from a task, outside a lock block");
        }
    }

    @Test
    void aToastFollowsTheDeltaOfItsHandler() {
        try (TestClient client = TestClient.create(config -> config.states(Notifier.class))) {
            TestTab tab = client.openTab();
            tab.call(Notifier::save);

            List<ServerMessage> messages = tab.awaitMessages(m -> m.stream().anyMatch(ServerMessage.Toast.class::isInstance), "the toast");
            int delta = messages.indexOf(tab.deltas().get(0));
            assertThat(messages.get(delta + 1)).isEqualTo(new ServerMessage.Toast("Saved", "success"));
        }
    }

    @Test
    void aFailedHandlersToastIsDropped() {
        try (TestClient client = TestClient.create(config -> config.states(Notifier.class))) {
            TestTab tab = client.openTab();
            tab.call(Notifier::saveAndFail);
            tab.call(Notifier::save);

            List<ServerMessage> messages = tab.awaitMessages(m -> m.stream().anyMatch(ServerMessage.Toast.class::isInstance), "a toast");
            assertThat(messages).filteredOn(ServerMessage.Toast.class::isInstance).containsExactly(new ServerMessage.Toast("Saved", "success"));
        }
    }

    @Test
    void redirectsAndToastsOutsideALockBlockGoOutAtOnce() {
        try (TestClient client = TestClient.create(config -> config.states(Notifier.class))) {
            TestTab tab = client.openTab();
            tab.call(Notifier::leave);
            tab.send(Notifier::notifyFromTask);

            tab.awaitMessages(m -> m.contains(new ServerMessage.Toast("from a task, outside a lock block", "info")), "the task's toast");
            assertThat(tab.messages()).contains(new ServerMessage.Redirect("/progress"));
        }
    }
}
