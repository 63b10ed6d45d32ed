package dev.nerve.store;

import dev.nerve.engine.Engine;
import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** R-CON-3: idle tokens expire after a configurable time, default one hour; a connected tab or running task keeps one alive. */
@Timeout(10)
class ExpiryTest {
    static volatile CountDownLatch release = new CountDownLatch(0);

    public static class Note extends State {
        public final Var<String> text = var("");

        @Event
        public void write(String value) {
            text.set(value);
        }

        @Event(background = true)
        public void hold() throws InterruptedException {
            release.await();
        }
    }

    @Test
    void theDefaultTimeToLiveIsOneHour() {
        try (Engine engine = Engine.create(config -> config.states(Note.class))) {
            assertThat(engine.config().tokenTimeToLive()).isEqualTo(Duration.ofHours(1));
        }
    }

    @Test
    void aTokenIdleForLongerThanTheTimeToLiveStartsOverAndAnActiveOneDoesNot() {
        MutableClock clock = new MutableClock();
        try (TestClient client = TestClient.create(config -> config.states(Note.class).clock(clock).tokenTimeToLive(Duration.ofMinutes(10)))) {
            TestTab idle = client.openTab();
            idle.call(Note::write, "idle");
            idle.close();
            TestTab connected = client.openTab();
            connected.call(Note::write, "connected");

            clock.advance(Duration.ofMinutes(9));
            client.engine().expireIdleTokens();
            assertThat(client.engine().store().exists(idle.token())).isTrue();

            clock.advance(Duration.ofMinutes(2));
            client.engine().expireIdleTokens();
            assertThat(client.engine().store().exists(idle.token())).isFalse();
            assertThat(client.openTab(idle.token()).view(Note.class).text.get()).isEmpty();

            clock.advance(Duration.ofMinutes(30));
            client.engine().expireIdleTokens();
            assertThat(connected.reload().view(Note.class).text.get()).isEqualTo("connected");
        }
    }

    @Test
    void aRunningTaskKeepsItsTokenAlive() {
        release = new CountDownLatch(1);
        MutableClock clock = new MutableClock();
        try (TestClient client = TestClient.create(config -> config.states(Note.class).clock(clock).tokenTimeToLive(Duration.ofMinutes(10)))) {
            TestTab tab = client.openTab();
            tab.call(Note::write, "kept");
            tab.send(Note::hold);
            tab.close();

            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofMinutes(5));
                client.engine().expireIdleTokens();
            }
            assertThat(client.engine().store().exists(tab.token())).isTrue();
            release.countDown();
        }
    }

    /** A clock that moves only when told to. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
