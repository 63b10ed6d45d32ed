package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-BG-8, R-BG-7: the registry lists running tasks and forgets them however they end; cancel interrupts. */
@Timeout(10)
class RegistryTest {
    static volatile CountDownLatch release;
    static final AtomicBoolean finallyRan = new AtomicBoolean();

    public static class Jobs extends State {
        public final Var<Integer> loops = var(0);

        @Event(background = true)
        public void waitForRelease() throws InterruptedException {
            release.await();
        }

        @Event(background = true)
        public void waitThenThrow() throws InterruptedException {
            release.await();
            throw new IllegalStateException("ended badly");
        }

        @Event
        public void stopLooping() {
            loops.set(-cancel(Jobs::loopForever));
        }

        @Event(background = true)
        public void loopForever() throws InterruptedException {
            try {
                while (true) {
                    lock(() -> loops.update(n -> n + 1));
                    Thread.sleep(1_000);
                }
            } finally {
                finallyRan.set(true);
            }
        }
    }

    private TestClient client;
    private TestTab tab;

    @BeforeEach
    void open() {
        release = new CountDownLatch(1);
        finallyRan.set(false);
        client = TestClient.create(config -> config.states(Jobs.class).errorDetails(true));
        tab = client.openTab();
    }

    @AfterEach
    void close() {
        release.countDown();
        client.close();
    }

    @Test
    void aTaskIsListedWhileItRunsAndForgottenAfterANormalEnd() {
        Instant before = Instant.now();
        tab.send(Jobs::waitForRelease);

        BackgroundTask task = await().until(() -> client.backgroundTasks().list(), l -> l.size() == 1).get(0);
        assertThat(task.token()).isEqualTo(tab.token());
        assertThat(task.state()).isEqualTo(Jobs.class);
        assertThat(task.handler()).isEqualTo("Jobs.waitForRelease");
        assertThat(task.startedAt()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(client.backgroundTasks().find(task.id())).containsSame(task);

        release.countDown();
        await().until(() -> client.backgroundTasks().list().isEmpty());
        assertThat(task.isDone()).isTrue();
    }

    @Test
    void aTaskThatThrowsIsForgottenAndReported() {
        tab.send(Jobs::waitThenThrow);
        await().until(() -> client.backgroundTasks().list().size() == 1);

        release.countDown();
        await().until(() -> client.backgroundTasks().list().isEmpty());
        assertThat(tab.awaitErrors(1)).singleElement().asString().contains("ended badly");
    }

    @Test
    void aHandlerCancelsItsTabsRunningInstancesOfATask() {
        tab.send(Jobs::loopForever);
        tab.await(Jobs.class, s -> s.loops.get() == 1);
        tab.call(Jobs::stopLooping);

        await().until(() -> client.backgroundTasks().list().isEmpty());
        assertThat(finallyRan).isTrue();
        assertThat(tab.stored(Jobs.class).loops.get()).isEqualTo(-1);
    }

    @Test
    void cancellingATaskSleepingInALoopEndsItWithin100msAndRunsItsFinallyBlock() throws InterruptedException {
        tab.send(Jobs::loopForever);
        tab.await(Jobs.class, s -> s.loops.get() == 1);
        BackgroundTask task = client.backgroundTasks().list().get(0);

        assertThat(client.backgroundTasks().cancel(task.id())).isTrue();
        assertThat(task.join(Duration.ofMillis(100))).isTrue();
        assertThat(finallyRan).isTrue();
        assertThat(client.backgroundTasks().list()).isEmpty();
        assertThat(task.isCancelled()).isTrue();
        assertThat(tab.errors()).isEmpty();
    }
}
