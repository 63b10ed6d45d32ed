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

/** R-BG-6: another state of the same token is writable inside a lock block, read-only outside it. */
@Timeout(10)
class OtherStateTest {

    public static class Main extends State {
        @Event(background = true)
        public void useSide() throws InterruptedException {
            lock(() -> state(Side.class).note.set("in block"));
            boolean refused;
            try {
                state(Side.class).note.set("outside");
                refused = false;
            } catch (ImmutableStateException e) {
                refused = true;
            }
            String readOutside = state(Side.class).note.get();
            boolean wasRefused = refused;
            lock(() -> state(Side.class).note.set("later: refused=" + wasRefused + ", read=" + readOutside));
        }
    }

    public static class Side extends State {
        public final Var<String> note = var("");
    }

    @Test
    void writableInsideRefusedOutsideAndALaterBlockWorks() {
        try (TestClient client = TestClient.create(config -> config.states(Main.class, Side.class))) {
            TestTab tab = client.openTab();
            tab.send(Main::useSide);

            tab.await(Side.class, s -> s.note.get().startsWith("later"));
            assertThat(tab.history(Side.class, s -> s.note)).containsExactly("", "in block", "later: refused=true, read=in block");
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Side.class).note.get()).isEqualTo("later: refused=true, read=in block");
            assertThat(tab.errors()).isEmpty();
        }
    }
}
