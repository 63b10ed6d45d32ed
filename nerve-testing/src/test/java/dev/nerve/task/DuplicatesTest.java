package dev.nerve.task;

import dev.nerve.event.Duplicates;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-8: duplicates run unless the handler asks for SKIP or RESTART. */
@Timeout(10)
class DuplicatesTest {
    static volatile CountDownLatch release = new CountDownLatch(1);

    public static class Single extends State {
        public final Var<Integer> started = var(0);

        @Event(background = true)
        public void allowed() throws InterruptedException {
            startAndWait();
        }

        @Event(background = true, duplicates = Duplicates.SKIP)
        public void skipped() throws InterruptedException {
            startAndWait();
        }

        @Event(background = true, duplicates = Duplicates.RESTART)
        public void restarted() throws InterruptedException {
            startAndWait();
        }

        private void startAndWait() throws InterruptedException {
            lock(() -> started.update(n -> n + 1));
            release.await();
        }
    }

    public static class Slow extends State {
        public final Var<Integer> runs = var(0);

        @Event(background = true, duplicates = Duplicates.RESTART)
        public void work() throws InterruptedException {
            lock(() -> {
                runs.update(r -> r + 1);
                entered.countDown();
                if (firstRun.getAndSet(false)) Thread.sleep(10_000);
            });
        }
    }

    static volatile CountDownLatch entered = new CountDownLatch(1);
    static final java.util.concurrent.atomic.AtomicBoolean firstRun = new java.util.concurrent.atomic.AtomicBoolean(true);

    @Test
    void aRestartCancelsABlockMidWaySilentlyAndRollsItBack() throws InterruptedException {
        entered = new CountDownLatch(1);
        firstRun.set(true);
        try (TestClient client = TestClient.create(config -> config.states(Slow.class))) {
            TestTab tab = client.openTab();
            tab.call(Slow::work);
            entered.await();
            BackgroundTask first = client.backgroundTasks().list().get(0);
            tab.call(Slow::work);

            assertThat(first.join(java.time.Duration.ofSeconds(5))).isTrue();
            tab.await(Slow.class, s -> s.runs.get() == 1);
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.stored(Slow.class).runs.get()).isEqualTo(1);
            assertThat(tab.errors()).isEmpty();
        }
    }

    @Test
    void byDefaultDuplicatesRunSideBySide() {
        release = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Single.class))) {
            TestTab tab = client.openTab();
            tab.send(Single::allowed);
            tab.send(Single::allowed);

            tab.await(Single.class, s -> s.started.get() == 2);
            assertThat(client.backgroundTasks().list()).hasSize(2);
            release.countDown();
        }
    }

    @Test
    void skipKeepsTheRunningTaskAndIgnoresTheNewTrigger() {
        release = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Single.class))) {
            TestTab tab = client.openTab();
            tab.send(Single::skipped);
            tab.await(Single.class, s -> s.started.get() == 1);
            tab.call(Single::skipped);

            assertThat(client.backgroundTasks().list()).hasSize(1);
            release.countDown();
            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.view(Single.class).started.get()).isEqualTo(1);
        }
    }

    @Test
    void restartCancelsTheRunningTaskAndStartsTheNewOne() {
        release = new CountDownLatch(1);
        try (TestClient client = TestClient.create(config -> config.states(Single.class))) {
            TestTab tab = client.openTab();
            tab.send(Single::restarted);
            tab.await(Single.class, s -> s.started.get() == 1);
            BackgroundTask first = client.backgroundTasks().list().get(0);
            tab.send(Single::restarted);

            tab.await(Single.class, s -> s.started.get() == 2);
            await().until(first::isDone);
            assertThat(first.isCancelled()).isTrue();
            assertThat(client.backgroundTasks().list()).hasSize(1).doesNotContain(first);
            release.countDown();
        }
    }
}
