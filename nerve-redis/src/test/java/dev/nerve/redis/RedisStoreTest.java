package dev.nerve.redis;

import dev.nerve.RedisPerClass;
import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.engine.Engine;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.store.StoreException;
import dev.nerve.testing.LocalRedis;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** R-RD-1, R-CON-3 on Redis: what is stored where, for how long, and what a bad URL or a missing server says. */
@Timeout(60)
class RedisStoreTest {
    @RegisterExtension
    static final RedisPerClass redis = new RedisPerClass();

    @Test
    void stateIsAHashPerTokenAndStateWithAVersionAndTheTokenExpiry() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(6)).tokenTimeToLive(Duration.ofMinutes(5)))) {
            TestTab tab = client.openTab();
            tab.call(Counter::increment);
            String key = "nerve:{" + tab.token() + "}:state:Counter";
            long first = bulkNumber(redis.command(6, "HGET", key, "#version"));
            tab.call(Counter::write, "hello");

            assertThat(redis.command(6, "HGET", key, "count")).isEqualTo("$1\r\n1");
            assertThat(redis.command(6, "HGET", key, "note")).isEqualTo("$7\r\n\"hello\"");
            assertThat(bulkNumber(redis.command(6, "HGET", key, "#version"))).isEqualTo(first + 1);
            assertThat(first).as("versions of a new key start at the server's time in µs").isGreaterThan(1_000_000_000_000_000L);
            long ttl = Long.parseLong(redis.command(6, "PTTL", key).substring(1));
            assertThat(ttl).isBetween(Duration.ofMinutes(4).toMillis(), Duration.ofMinutes(5).toMillis());
        }
    }

    private static long bulkNumber(String reply) {
        return Long.parseLong(reply.substring(reply.indexOf('\n') + 1));
    }

    @Test
    void anIdleTokenExpiresAndAUsedOneIsKeptAlive() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class).storeUrl(redis.url(6)).tokenTimeToLive(Duration.ofSeconds(1)))) {
            TestTab idle = client.openTab();
            idle.call(Counter::increment);
            idle.close();
            TestTab busy = client.openTab();
            busy.call(Counter::increment);

            await().atMost(Duration.ofSeconds(10)).until(() -> !client.engine().store().exists(idle.token()));
            assertThat(redis.command(6, "EXISTS", "nerve:{" + idle.token() + "}:state:Counter")).isEqualTo(":0");
            for (int i = 0; i < 3; i++) busy.call(Counter::increment); // each use renews the expiry
            assertThat(client.engine().store().exists(busy.token())).isTrue();
        }
    }

    @Test
    void anEventNeverReadsAStateItsTabDoesNotUse() throws Exception {
        try (Engine engine = Engine.create(c -> c.states(Counter.class, OtherState.class).storeUrl(redis.url(7)));
             LocalRedis.Monitor monitor = redis.monitor()) {
            List<ServerMessage> received = new CopyOnWriteArrayList<>();
            Connection tab = engine.connect(new ConnectRequest(null, "tab-1", Set.of("Counter")), received::add);
            tab.receive("{\"type\":\"event\",\"id\":1,\"handler\":\"Counter.increment\",\"args\":[]}");

            await().until(() -> received.stream().anyMatch(m -> m instanceof ServerMessage.Delta d && Long.valueOf(1).equals(d.event())));
            monitor.catchUp();
            assertThat(engine.stored(tab.token(), Counter.class).count.get()).isEqualTo(1);
            assertThat(monitor.lines()).anyMatch(l -> l.contains("state:Counter")).noneMatch(l -> l.contains("OtherState"));
        }
    }

    @Test
    void anEventChecksTheVersionsOfOtherLoadedStatesButDoesNotReloadThemUnchanged() {
        try (TestClient client = TestClient.create(c -> c.states(Counter.class, OtherState.class).storeUrl(redis.url(7)));
             LocalRedis.Monitor monitor = redis.monitor()) {
            TestTab tab = client.openTab(); // its hydrate loads both states
            monitor.clear();
            tab.call(Counter::increment);
            monitor.catchUp();

            assertThat(monitor.lines())
                    .anyMatch(l -> l.contains("\"HGET\" \"nerve:{" + tab.token() + "}:state:OtherState\" \"#version\""))
                    .noneMatch(l -> l.contains("HGETALL") && l.contains("OtherState"));
        }
    }

    @Test
    void aStateWhoseClassChangedShapeLoadsWithDefaultsForWhatIsNew() {
        String token;
        try (TestClient before = TestClient.create(c -> c.states(dev.nerve.redis.v1.Profile.class).storeUrl(redis.url(8)))) {
            TestTab tab = before.openTab();
            tab.call(dev.nerve.redis.v1.Profile::fill);
            token = tab.token();
        }
        try (TestClient after = TestClient.create(c -> c.states(dev.nerve.redis.v2.Profile.class).storeUrl(redis.url(8)))) {
            TestTab tab = after.openTab(token);
            dev.nerve.redis.v2.Profile seen = tab.view(dev.nerve.redis.v2.Profile.class);

            assertThat(tab.token()).isEqualTo(token);
            assertThat(seen.name.get()).isEqualTo("Ada");
            assertThat(seen.age.get()).as("a stored value of the old type").isZero();
            assertThat(seen.email.get()).as("a var that is new").isEqualTo("none");
            tab.call(dev.nerve.redis.v2.Profile::rename, "Ada L.");
            assertThat(tab.stored(dev.nerve.redis.v2.Profile.class).name.get()).isEqualTo("Ada L.");
            assertThat(tab.errors()).isEmpty();
        }
    }

    @Test
    void aBadUrlFailsWithAClearMessage() {
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("redis://")))
                .isInstanceOf(StoreException.class).hasMessageContaining("malformed");
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("localhost:6379")))
                .isInstanceOf(StoreException.class).hasMessageContaining("redis://");
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl(redis.url() + "?lockExpiry=soon")))
                .isInstanceOf(StoreException.class).hasMessageContaining("lockExpiry=soon").hasMessageContaining("not a duration");
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("redis://user:secret@127.0.0.1:1/0?lockExpiry=x")))
                .isInstanceOf(StoreException.class).message().doesNotContain("secret");
    }

    @Test
    void anUnreachableRedisFailsAtStartWithAClearMessage() throws Exception {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        assertThatThrownBy(() -> TestClient.create(c -> c.storeUrl("redis://127.0.0.1:" + unused + "/0")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot reach Redis at redis://127.0.0.1:" + unused);
    }
}
