package dev.nerve.redis;

import dev.nerve.RedisPerClass;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.store.StoreException;
import dev.nerve.testing.LocalRedis;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** What goes wrong between an instance and Redis, and what the tab sees then: always what is stored. */
@Timeout(60)
class RedisFailureTest {
    @RegisterExtension
    static final RedisPerClass redis = new RedisPerClass();

    @RepeatedTest(5)
    void aTaskCancelledInsideItsLockBlockShowsTheTabWhatWasStored() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(9)))) {
            TestTab tab = client.openTab();
            tab.send(Counter::writeThenSpin, "from the cancelled block", 150);
            await().until(() -> client.backgroundTasks().count() == 1);
            client.backgroundTasks().list().getFirst().cancel(); // interrupts while the block spins

            await().until(() -> client.backgroundTasks().count() == 0);
            String stored = tab.stored(Counter.class).note.get();
            await().untilAsserted(() -> {
                assertThat(tab.view(Counter.class).note.get()).isEqualTo(stored);
                assertThat(tab.json("Counter", "shout").asText()).isEqualTo(stored.toUpperCase(java.util.Locale.ROOT));
            });
        }
    }

    @Test
    void aHolderWhoseLockWasTakenInRedisIsRefusedByTheStoreEvenIfItsLeaseLooksValid() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(9) + "?lockExpiry=30s"))) {
            TestTab tab = client.openTab();
            tab.send(Counter::holdWhileWriting, "from the robbed block", 500);
            String lockKey = "nerve:{" + tab.token() + "}:lock";
            await().until(() -> redis.command(9, "EXISTS", lockKey).equals(":1"));
            redis.command(9, "SET", lockKey, "someone-else", "PX", "800");

            assertThat(tab.awaitErrors(1)).singleElement().asString().contains("token " + tab.token()).contains("nothing of this block was stored or sent");
            assertThat(tab.stored(Counter.class).note.get()).isEmpty();
            assertThat(tab.history(Counter.class, s -> s.note)).doesNotContain("from the robbed block");
            assertThat(tab.call(Counter::write, "later")).isInstanceOf(ServerMessage.Delta.class); // once the robber's hold expires
        }
    }

    @Test
    void stateThatRedisForgotIsNotServedFromAnInstancesMemory() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(10)))) {
            TestTab tab = client.openTab();
            for (int i = 0; i < 3; i++) tab.call(Counter::increment);
            assertThat(tab.view(Counter.class).count.get()).isEqualTo(3);

            redis.command(10, "FLUSHDB"); // as an expiry, an eviction or a restart without persistence would
            tab.call(Counter::increment);

            assertThat(tab.stored(Counter.class).count.get()).isEqualTo(1);
            assertThat(tab.view(Counter.class).count.get()).isEqualTo(1);
        }
    }

    @Test
    void aSubscribeThatFailsLeavesNoDeafTabBehind() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(11)))) {
            TestTab first = client.openTab();
            String token = first.token();
            first.close();
            redis.command("ACL", "SETUSER", "default", "-subscribe");
            try {
                assertThatThrownBy(() -> client.openTab(token)).isInstanceOf(StoreException.class).hasMessageContaining("subscribing");
            } finally {
                redis.command("ACL", "SETUSER", "default", "+subscribe");
            }

            TestTab again = client.openTab(token);
            assertThat(again.token()).isEqualTo(token);
            again.call(Counter::increment);
            assertThat(again.view(Counter.class).count.get()).isEqualTo(1);
        }
    }

    @Test
    void aTabThatLeavesWhileRedisIsDownIsUnsubscribedOnceItIsBack() {
        try (LocalRedis own = LocalRedis.start();
             TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(own.url()))) {
            TestTab tab = client.openTab();
            String channel = "nerve:0:tab:" + tab.token();
            assertThat(own.command("PUBSUB", "NUMSUB", channel)).endsWith(":1");

            own.kill();
            tab.close();
            own.startAgain();

            java.util.concurrent.atomic.AtomicReference<TestTab> other = new java.util.concurrent.atomic.AtomicReference<>();
            await("the instance back in service").atMost(Duration.ofSeconds(20)).ignoreExceptionsInstanceOf(StoreException.class)
                    .until(() -> other.compareAndSet(null, client.openTab()));
            await().atMost(Duration.ofSeconds(20)).until(() -> own.command("PUBSUB", "NUMSUB", channel).endsWith(":0"));
            assertThat(own.command("PUBSUB", "NUMSUB", "nerve:0:tab:" + other.get().token())).endsWith(":1");
        }
    }

    @Test
    void passwordsNeverAppearInErrors() {
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("redis://:s3cret@redis_cache:6379/0")))
                .isInstanceOf(StoreException.class).message().doesNotContain("s3cret");
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("user:s3cret@localhost:6379/0")))
                .isInstanceOf(StoreException.class).message().doesNotContain("s3cret");
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("redis://:s3cret@127.0.0.1:1/0")))
                .isInstanceOf(StoreException.class).message().doesNotContain("s3cret").contains("cannot reach Redis");
    }
}
