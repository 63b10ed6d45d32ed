package dev.nerve.redis;

import dev.nerve.RedisPerClass;
import dev.nerve.protocol.Protocol;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances (two engines, each with its own Redis connections) sharing one Redis: one token's
 * writes are serialized across them (R-RD-1), deltas reach the tab wherever its socket is (R-RD-4),
 * and duplicated tabs are told apart across instances (R-CON-2).
 */
@Timeout(60)
class TwoInstancesTest {
    @RegisterExtension
    static final RedisPerClass redis = new RedisPerClass();
    private TestClient a;
    private TestClient b;

    @BeforeEach
    void startInstances() {
        a = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(4))).timeout(Duration.ofSeconds(20));
        b = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(4))).timeout(Duration.ofSeconds(20));
    }

    @AfterEach
    void stopInstances() {
        a.close();
        b.close();
    }

    @RepeatedTest(5)
    void fourTasksOnEachOfTwoInstancesEndAtExactly400() {
        Counter.gate = new CountDownLatch(1);
        TestTab onA = a.openTab();
        for (int i = 0; i < 4; i++) onA.send(Counter::fifty);
        TestTab onB = onA.reconnectTo(b);
        for (int i = 0; i < 4; i++) onB.send(Counter::fifty);
        await().until(() -> a.backgroundTasks().count() == 4 && b.backgroundTasks().count() == 4);
        Counter.gate.countDown(); // all eight run at once, four on each instance

        assertThat(onB.await(Counter.class, s -> s.count.get() >= 400).count.get()).isEqualTo(400);
        await().until(() -> a.backgroundTasks().list().isEmpty() && b.backgroundTasks().list().isEmpty());
        assertThat(onB.stored(Counter.class).count.get()).isEqualTo(400);
        assertThat(onB.view(Counter.class).count.get()).isEqualTo(400);
        assertThat(onB.errors()).isEmpty();
    }

    @Test
    void aTabThatMovesToAnotherInstanceMidTaskGetsEveryLaterIncrement() {
        TestTab onA = a.openTab();
        onA.send(Counter::tick);
        onA.await(Counter.class, s -> s.count.get() >= 3);

        TestTab onB = onA.reconnectTo(b);
        int hydrated = onB.await(Counter.class, s -> true).count.get();
        onB.await(Counter.class, s -> s.count.get() >= hydrated + 5);
        onB.call(Counter::halt);
        await().until(() -> a.backgroundTasks().list().isEmpty());

        int stored = onB.stored(Counter.class).count.get();
        assertThat(onB.view(Counter.class).count.get()).isEqualTo(stored);
        List<Integer> seen = onB.history(Counter.class, s -> s.count);
        assertThat(seen.getLast()).isEqualTo(stored);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)).as("increment %d of %s", i, seen).isIn(seen.get(i - 1), seen.get(i - 1) + 1);
        }
        assertThat(b.backgroundTasks().list()).isEmpty();
    }

    @Test
    void aReconnectToAnotherInstanceClosesTheOldConnectionAsReplaced() {
        TestTab onA = a.openTab();
        onA.call(Counter::write, "kept");

        TestTab onB = onA.reconnectTo(b);

        await().until(onA::isClosedByServer);
        assertThat(onA.closeCode()).isEqualTo(Protocol.CLOSE_REPLACED);
        assertThat(onB.token()).isEqualTo(onA.token());
        assertThat(onB.view(Counter.class).note.get()).isEqualTo("kept");
    }

    @Test
    void aDuplicatedTabOnAnotherInstanceGetsItsOwnTokenAndState() {
        TestTab original = a.openTab();
        original.call(Counter::write, "mine");

        TestTab duplicate = b.openTab(original.token());

        assertThat(duplicate.token()).isNotEqualTo(original.token());
        assertThat(duplicate.view(Counter.class).note.get()).isEmpty();
        duplicate.call(Counter::write, "theirs");
        original.call(Counter::increment);
        assertThat(original.stored(Counter.class).note.get()).isEqualTo("mine");
        assertThat(duplicate.stored(Counter.class).note.get()).isEqualTo("theirs");
        assertThat(original.isClosedByServer()).isFalse();
    }
}
