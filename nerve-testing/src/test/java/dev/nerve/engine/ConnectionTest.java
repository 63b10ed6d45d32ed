package dev.nerve.engine;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection's edges: nothing after close, no null crash, a cap on a tab's background tasks. */
@Timeout(10)
class ConnectionTest {
    static volatile CountDownLatch release = new CountDownLatch(0);

    public static class Busy extends State {
        public final Var<Integer> clicks = var(0);

        @Event
        public void click() {
            clicks.update(c -> c + 1);
        }

        @Event(background = true)
        public void hold() throws InterruptedException {
            release.await();
        }
    }

    @Test
    void aClosedConnectionIgnoresWhatStillArrives() throws InterruptedException {
        try (TestClient client = TestClient.create(config -> config.states(Busy.class))) {
            List<ServerMessage> received = new ArrayList<>();
            Connection connection = client.engine().connect(ConnectRequest.newTab(), received::add);
            connection.close();
            connection.receive("{\"type\":\"event\",\"id\":1,\"handler\":\"Busy.click\",\"args\":[]}");

            TestTab later = client.openTab(connection.token());
            later.call(Busy::click);
            assertThat(later.view(Busy.class).clicks.get()).isEqualTo(1);
        }
    }

    @Test
    void aNullMessageGetsAnError() {
        try (TestClient client = TestClient.create(config -> config.states(Busy.class))) {
            TestTab tab = client.openTab();
            tab.sendRaw(null);
            assertThat(tab.awaitErrors(1)).containsExactly("an empty message was dropped");
        }
    }

    @Test
    void aTabCannotStartMoreBackgroundTasksThanAllowed() {
        release = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Busy.class).maxTasksPerToken(3))) {
            TestTab tab = client.openTab();
            for (int i = 0; i < 3; i++) assertThat(tab.call(Busy::hold)).isInstanceOf(ServerMessage.Delta.class);

            assertThat(tab.call(Busy::hold)).isInstanceOfSatisfying(ServerMessage.Error.class,
                    e -> assertThat(e.message()).isEqualTo("Busy.hold was not started: this tab already runs 3 background tasks"));
            assertThat(client.backgroundTasks().of(tab.token())).hasSize(3);
            TestTab other = client.openTab();
            assertThat(other.call(Busy::hold)).isInstanceOf(ServerMessage.Delta.class);
            release.countDown();
        }
    }
}
