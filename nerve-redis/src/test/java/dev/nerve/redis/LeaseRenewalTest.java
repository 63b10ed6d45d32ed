package dev.nerve.redis;

import dev.nerve.RedisPerClass;
import dev.nerve.LogCapture;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** R-RD-3: long lock blocks keep their lock by renewal and are logged; without renewal the holder loses, and nothing of it lands. */
@Timeout(60)
class LeaseRenewalTest {
    @RegisterExtension
    static final RedisPerClass redis = new RedisPerClass();

    @Test
    void aBlockHeldPastTheExpiryWithRenewalSucceedsAndIsLogged() {
        String url = redis.url() + "?lockExpiry=300ms&lockWarning=150ms";
        try (LogCapture log = LogCapture.of("dev.nerve.redis.LeaseKeeper");
             TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(url))) {
            TestTab tab = client.openTab();
            tab.send(Counter::holdWhileWriting, "long", 1_200);

            tab.await(Counter.class, s -> s.note.get().equals("long"));

            assertThat(tab.stored(Counter.class).note.get()).isEqualTo("long");
            assertThat(tab.errors()).isEmpty();
            await().until(() -> log.messages().stream().anyMatch(m -> m.contains("released after")));
            assertThat(log.messages()).anyMatch(m -> m.contains("token " + tab.token()) && m.contains("has been held for"));
        }
    }

    @Test
    void withoutRenewalTheHolderGetsALostLockErrorAndTheOtherWritersValueStands() {
        String url = redis.url() + "?lockExpiry=300ms&leaseRenewal=false";
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(url))) {
            TestTab tab = client.openTab();
            tab.send(Counter::holdWhileWriting, "from the slow block", 1_200);
            await().until(() -> client.backgroundTasks().list().size() == 1);

            ServerMessage reply = tab.call(Counter::write, "from the event"); // waits for the expiry, then wins the lock
            assertThat(reply).isInstanceOf(ServerMessage.Delta.class);

            await().until(() -> client.backgroundTasks().list().isEmpty());
            assertThat(tab.awaitErrors(1)).singleElement().asString()
                    .contains("expired after being held").contains("nothing of this block was stored or sent");
            assertThat(tab.stored(Counter.class).note.get()).isEqualTo("from the event");
            assertThat(tab.view(Counter.class).note.get()).isEqualTo("from the event");
            assertThat(tab.history(Counter.class, s -> s.note)).doesNotContain("from the slow block");
        }
    }
}
