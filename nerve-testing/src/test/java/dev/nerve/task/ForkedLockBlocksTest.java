package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-4: threads a task forks each take their own lock blocks, and no write is lost among them and the client's events. */
class ForkedLockBlocksTest {

    public static class Tally extends State {
        public final Var<Integer> count = var(0);

        @Event
        public void increment() {
            count.update(c -> c + 1);
        }

        @Event(background = true)
        public void forkAndCount() throws Exception {
            try (ExecutorService forks = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> running = new ArrayList<>();
                for (int thread = 0; thread < 4; thread++) {
                    running.add(forks.submit(() -> {
                        for (int i = 0; i < 25; i++) lock(() -> count.update(c -> c + 1));
                        return null;
                    }));
                }
                for (Future<?> fork : running) fork.get();
            }
        }
    }

    @RepeatedTest(50)
    @Timeout(20)
    void fourForkedThreadsAndTwentyClientIncrementsEndAtExactly120() {
        try (TestClient client = TestClient.create(config -> config.states(Tally.class))) {
            TestTab tab = client.openTab();
            tab.send(Tally::forkAndCount);
            for (int i = 0; i < 20; i++) tab.send(Tally::increment);

            assertThat(tab.await(Tally.class, s -> s.count.get() >= 120).count.get()).isEqualTo(120);
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Tally.class).count.get()).isEqualTo(120);
            assertThat(tab.view(Tally.class).count.get()).isEqualTo(120);
            assertThat(tab.errors()).isEmpty();
        }
    }
}
