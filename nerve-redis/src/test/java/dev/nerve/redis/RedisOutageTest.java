package dev.nerve.redis;

import dev.nerve.protocol.ServerMessage;
import dev.nerve.store.StoreException;
import dev.nerve.testing.LocalRedis;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Redis goes away mid-run and comes back (its append-only file synced on every write, as a
 * production Redis that must not lose data is configured): events during the outage get a clear
 * error and change nothing, service resumes by itself, the tab is brought up to date, and nothing
 * committed before the outage is lost.
 */
@Timeout(90)
class RedisOutageTest {

    @Test
    void eventsDuringAnOutageFailClearlyAndServiceResumesWithNothingCommittedLost() {
        try (LocalRedis redis = LocalRedis.persistent();
             TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url() + "?commandTimeout=1s"))
                     .timeout(Duration.ofSeconds(30))) {
            TestTab tab = client.openTab();
            tab.send(Counter::tick);
            int committed = tab.await(Counter.class, s -> s.count.get() >= 5).count.get();

            redis.kill();
            ServerMessage duringOutage = tab.call(Counter::write, "lost in the outage");
            assertThat(duringOutage).isInstanceOf(ServerMessage.Error.class);
            assertThat(((ServerMessage.Error) duringOutage).message()).contains("Redis at redis://127.0.0.1:" + redis.port()).contains("unreachable");
            await().atMost(Duration.ofSeconds(10)).until(() -> client.backgroundTasks().list().isEmpty()); // its next lock block failed
            assertThat(tab.awaitErrors(2)).hasSize(2).last().asString().contains("Counter.tick failed").contains("unreachable");
            assertThatThrownBy(client::openTab).as("a tab connecting during the outage").isInstanceOf(StoreException.class);
            long hydratesBefore = hydrates(tab);

            redis.startAgain();
            await("service to resume").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> tab.call(Counter::write, "after") instanceof ServerMessage.Delta);

            await("the tab hydrated again once its channel is back").until(() -> hydrates(tab) > hydratesBefore);
            Counter stored = tab.stored(Counter.class);
            assertThat(stored.count.get()).as("committed before the outage").isGreaterThanOrEqualTo(committed);
            assertThat(stored.note.get()).isEqualTo("after");
            tab.call(Counter::increment);
            assertThat(tab.await(Counter.class, s -> s.count.get() == stored.count.get() + 1).note.get()).isEqualTo("after");
            assertThat(tab.history(Counter.class, s -> s.note)).doesNotContain("lost in the outage");
            assertThat(tab.errors()).hasSize(2);
        }
    }

    private static long hydrates(TestTab tab) {
        return tab.messages().stream().filter(m -> m instanceof ServerMessage.Hydrate).count();
    }
}
