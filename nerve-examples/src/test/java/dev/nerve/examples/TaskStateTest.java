package dev.nerve.examples;

import dev.nerve.protocol.ServerMessage;
import dev.nerve.testing.Received;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The seed example (README, docs/concepts.md) behaves as the background-task page it comes from describes. */
@Timeout(30)
class TaskStateTest {
    private static final Duration STEP = Duration.ofMillis(500);
    private TestClient client;
    private TestTab tab;

    @BeforeEach
    void open() {
        client = TestClient.create(config -> config.states(TaskState.class).errorDetails(true)).timeout(Duration.ofSeconds(10));
        tab = client.openTab();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void theTaskCountsToTheMaximumInHalfSecondStepsAndStops() {
        tab.call(TaskState::setMaxCounter, "4");
        tab.call(TaskState::toggleRunning);

        tab.await(TaskState.class, s -> !s.running.get());
        assertThat(tab.history(TaskState.class, s -> s.counter)).containsExactly(0, 1, 2, 3, 4);
        assertThat(gapsBetweenCounterDeltas()).hasSize(3).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(STEP.minusMillis(50)));
        await().until(() -> client.backgroundTasks().list().isEmpty());
        TaskState stored = tab.stored(TaskState.class);
        assertThat(stored.counter.get()).isEqualTo(4);
        assertThat(stored.nTasks.get()).isZero();
        assertThat(tab.errors()).isEmpty();
    }

    @Test
    void resetAndANewMaximumAreHandledWhileTheTaskRuns() {
        tab.call(TaskState::toggleRunning);
        tab.await(TaskState.class, s -> s.counter.get() >= 2);

        long before = System.nanoTime();
        tab.call(TaskState::clearCounter);
        Duration resetTook = Duration.ofNanos(System.nanoTime() - before);
        assertThat(resetTook).as("answered between two steps, not after one").isLessThan(STEP.dividedBy(2));
        assertThat(client.backgroundTasks().list()).as("the task still runs").hasSize(1);
        assertThat(tab.view(TaskState.class).counter.get()).isLessThanOrEqualTo(1);
        assertThat(tab.view(TaskState.class).running.get()).isTrue();

        tab.await(TaskState.class, s -> s.counter.get() >= 1);
        before = System.nanoTime();
        tab.call(TaskState::setMaxCounter, "2");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(STEP.dividedBy(2));

        TaskState done = tab.await(TaskState.class, s -> !s.running.get());
        assertThat(done.counter.get()).isEqualTo(2);
        assertThat(done.maxCounter.get()).isEqualTo(2);
    }

    @Test
    void theReadmeSnippetPasses() {
        try (TestClient client = TestClient.create(config -> config.states(TaskState.class))) {
            TestTab tab = client.openTab();
            tab.call(TaskState::setMaxCounter, "3");
            tab.call(TaskState::toggleRunning);                  // call: waits until the handler has run
            TaskState seen = tab.await(TaskState.class, s -> !s.running.get());
            assertThat(seen.counter.get()).isEqualTo(3);
            assertThat(tab.history(TaskState.class, s -> s.counter)).containsExactly(0, 1, 2, 3);
        }
    }

    @RepeatedTest(3)
    void togglingQuicklyNeverRunsTwoCountingLoops() {
        tab.call(TaskState::setMaxCounter, "4");
        tab.send(TaskState::toggleRunning);
        tab.send(TaskState::toggleRunning);
        tab.send(TaskState::toggleRunning);

        tab.await(TaskState.class, s -> s.counter.get() == 4 && !s.running.get());
        assertThat(tab.history(TaskState.class, s -> s.counter)).containsExactly(0, 1, 2, 3, 4);
        assertThat(gapsBetweenCounterDeltas()).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(STEP.minusMillis(50)));
        await().until(() -> client.backgroundTasks().list().isEmpty());
        assertThat(tab.stored(TaskState.class).nTasks.get()).isZero();
    }

    @Test
    void stopHaltsTheCount() {
        tab.call(TaskState::toggleRunning);
        tab.await(TaskState.class, s -> s.counter.get() >= 1);
        tab.call(TaskState::toggleRunning);

        await().until(() -> client.backgroundTasks().list().isEmpty());
        int stoppedAt = tab.view(TaskState.class).counter.get();
        assertThat(stoppedAt).isBetween(1, 2);
        assertThat(tab.stored(TaskState.class).counter.get()).isEqualTo(stoppedAt);
    }

    @Test
    void aBadMaximumIsReportedAndChangesNothing() {
        tab.call(TaskState::setMaxCounter, "ten");

        assertThat(tab.errors()).singleElement().asString().contains("TaskState.setMaxCounter failed").contains("ten");
        assertThat(tab.stored(TaskState.class).maxCounter.get()).isEqualTo(10);
    }

    private List<Duration> gapsBetweenCounterDeltas() {
        List<Duration> arrivals = new ArrayList<>();
        for (Received received : tab.timeline()) {
            if (received.message() instanceof ServerMessage.Delta delta
                    && delta.changes().getOrDefault("TaskState", java.util.Map.of()).containsKey("counter")
                    && !delta.changes().get("TaskState").get("counter").json().equals("0")) {
                arrivals.add(received.at());
            }
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) gaps.add(arrivals.get(i).minus(arrivals.get(i - 1)));
        return gaps;
    }
}
