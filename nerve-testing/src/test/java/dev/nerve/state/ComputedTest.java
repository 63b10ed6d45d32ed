package dev.nerve.state;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** R-VAR-3, R-VAR-1: computed vars find their dependencies, are cached, and are sent only when they change. */
@Timeout(10)
class ComputedTest {
    static final AtomicInteger doubledRuns = new AtomicInteger();

    public static class Numbers extends State {
        public final Var<Integer> count = var(1);
        public final Var<String> label = var("x");
        final Var<Integer> secret = backendVar(7);

        @Computed
        public int doubled() {
            doubledRuns.incrementAndGet();
            return count.get() * 2;
        }

        @Computed
        public boolean even() {
            return count.get() % 2 == 0;
        }

        @Computed
        public int secretPlusOne() {
            return secret.get() + 1;
        }

        @Event
        public void setCount(int value) {
            count.set(value);
        }

        @Event
        public void setLabel(String value) {
            label.set(value);
        }

        @Event
        public void setSecret(int value) {
            secret.set(value);
        }

        @Event(background = true)
        public void countInBackground() throws InterruptedException {
            lock(() -> count.set(50));
        }
    }

    @BeforeEach
    void resetCounter() {
        doubledRuns.set(0);
    }

    @Test
    void theHydrateCarriesComputedValuesButNoBackendVars() {
        try (TestClient client = TestClient.create(config -> config.states(Numbers.class))) {
            TestTab tab = client.openTab();
            ServerMessage.Hydrate hydrate = (ServerMessage.Hydrate) tab.messages().get(0);

            assertThat(hydrate.state().get("Numbers")).containsOnlyKeys("count", "label", "doubled", "even", "secretPlusOne");
            assertThat(tab.json("Numbers", "doubled").asInt()).isEqualTo(2);
            assertThat(tab.json("Numbers", "secretPlusOne").asInt()).isEqualTo(8);
        }
    }

    @Test
    void aChangedDependencySendsTheNewValueAndAnUnrelatedChangeRecomputesNothing() {
        try (TestClient client = TestClient.create(config -> config.states(Numbers.class))) {
            TestTab tab = client.openTab();
            int afterHydrate = doubledRuns.get();

            tab.call(Numbers::setCount, 4);
            assertThat(lastDelta(tab)).containsOnlyKeys("count", "doubled", "even");
            assertThat(doubledRuns.get()).isEqualTo(afterHydrate + 1);

            tab.call(Numbers::setLabel, "y");
            assertThat(lastDelta(tab)).containsOnlyKeys("label");
            assertThat(doubledRuns.get()).isEqualTo(afterHydrate + 1);
        }
    }

    @Test
    void aRecomputedValueThatDidNotChangeIsNotSent() {
        try (TestClient client = TestClient.create(config -> config.states(Numbers.class))) {
            TestTab tab = client.openTab();
            tab.call(Numbers::setCount, 3);

            assertThat(lastDelta(tab)).containsOnlyKeys("count", "doubled");
        }
    }

    @Test
    void aBackendVarDrivesComputedVarsButNeverReachesTheBrowser() {
        try (TestClient client = TestClient.create(config -> config.states(Numbers.class))) {
            TestTab tab = client.openTab();
            tab.call(Numbers::setSecret, 41);

            assertThat(lastDelta(tab)).containsOnlyKeys("secretPlusOne");
            assertThat(tab.json("Numbers", "secretPlusOne").asInt()).isEqualTo(42);
            assertThat(tab.messages()).noneMatch(m -> client.engine().protocol().encode(m).contains("secret\""));
            assertThat(tab.stored(Numbers.class).secret.get()).isEqualTo(41);
        }
    }

    @Test
    void computedVarsAreRecomputedAfterBackgroundChanges() {
        try (TestClient client = TestClient.create(config -> config.states(Numbers.class))) {
            TestTab tab = client.openTab();
            tab.send(Numbers::countInBackground);

            tab.awaitMessages(m -> tab.json("Numbers", "doubled").asInt() == 100, "doubled to reach 100");
            assertThat(tab.json("Numbers", "even").asBoolean()).isTrue();
        }
    }

    private static java.util.Map<String, dev.nerve.protocol.RawJson> lastDelta(TestTab tab) {
        var deltas = tab.deltas();
        return deltas.get(deltas.size() - 1).changes().get("Numbers");
    }
}
