package dev.nerve.event;

import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** One tab cannot queue events without end: past the limit an event is refused with an error and changes nothing. */
@Timeout(10)
class QueueLimitTest {
    static volatile CountDownLatch gate = new CountDownLatch(0);
    static volatile CountDownLatch started = new CountDownLatch(0);

    public static class Slow extends State {
        public final Var<Integer> done = var(0);

        @Event
        public void work() throws InterruptedException {
            started.countDown();
            gate.await();
            done.update(d -> d + 1);
        }
    }

    @Test
    void eventsPastTheLimitAreRefusedAndTheOthersRun() throws InterruptedException {
        gate = new CountDownLatch(1);
        started = new CountDownLatch(1);
        try (TestClient client = TestClient.create(c -> c.states(Slow.class).maxQueuedEvents(3))) {
            TestTab tab = client.openTab();
            long running = tab.send(Slow::work);
            started.await(); // the first runs, holding the queue
            long[] waiting = {tab.send(Slow::work), tab.send(Slow::work), tab.send(Slow::work)};
            long refused = tab.send(Slow::work);

            ServerMessage error = tab.awaitDone(refused);
            assertThat(error).isInstanceOf(ServerMessage.Error.class);
            assertThat(((ServerMessage.Error) error).message()).contains("Slow.work was dropped").contains("already waiting");

            gate.countDown();
            assertThat(tab.awaitDone(running)).isInstanceOf(ServerMessage.Delta.class);
            for (long id : waiting) assertThat(tab.awaitDone(id)).isInstanceOf(ServerMessage.Delta.class);
            assertThat(tab.view(Slow.class).done.get()).isEqualTo(4);
            assertThat(tab.stored(Slow.class).done.get()).isEqualTo(4);
        }
    }
}
