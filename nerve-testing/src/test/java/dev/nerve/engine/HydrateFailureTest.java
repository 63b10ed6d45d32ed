package dev.nerve.engine;

import dev.nerve.event.Event;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.Computed;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.store.Lease;
import dev.nerve.store.MemoryStore;
import dev.nerve.store.StateStore;
import dev.nerve.store.StoreException;
import dev.nerve.store.StoredState;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hydrate that fails must not lock a tab out: a broken computed var, or a store that fails for a moment. */
@Timeout(10)
class HydrateFailureTest {

    public static class Fragile extends State {
        public final Var<Integer> divisor = var(0);

        @Computed
        public int quotient() {
            return 12 / divisor.get();
        }

        @Event
        public void divideBy(int value) {
            divisor.set(value);
        }
    }

    @Test
    void aComputedVarThatThrowsIsSentAsNullWithAnErrorAndTheTabWorks() {
        try (TestClient client = TestClient.create(c -> c.states(Fragile.class))) {
            TestTab tab = client.openTab();

            assertThat(tab.json("Fragile", "quotient").isNull()).isTrue();
            assertThat(tab.awaitErrors(1)).singleElement().asString().contains("Fragile.quotient failed").contains("ArithmeticException");
            tab.call(Fragile::divideBy, 4);
            assertThat(tab.json("Fragile", "quotient").asInt()).isEqualTo(3);
        }
    }

    @Test
    void aTabWhoseHydrateFailedDoesNotKeepItsTokenTaken() throws InterruptedException {
        FailingOnce store = new FailingOnce();
        try (TestClient client = TestClient.create(c -> c.states(Fragile.class).store(store))) {
            TestTab first = client.openTab();
            String token = first.token();
            first.close();

            store.failNextAcquire = true;
            assertThatThrownBy(() -> client.engine().connect(new ConnectRequest(token, "tab-a", null), message -> { }))
                    .isInstanceOf(StoreException.class);

            TestTab other = client.openTab(token); // another tab id: a duplicate only if tab-a still held the token
            assertThat(other.token()).isEqualTo(token);
            assertThat(other.messages()).noneMatch(m -> m instanceof ServerMessage.NewToken);
        }
    }

    /** A memory store whose next lock acquisition fails, as a store that is briefly unreachable does. */
    private static final class FailingOnce implements StateStore {
        private final MemoryStore memory = new MemoryStore();
        volatile boolean failNextAcquire;

        @Override
        public Lease acquire(String token) throws InterruptedException {
            if (failNextAcquire) {
                failNextAcquire = false;
                throw new StoreException("the store is unreachable for a moment");
            }
            return memory.acquire(token);
        }

        @Override public Optional<StoredState> load(String token, String stateName) { return memory.load(token, stateName); }
        @Override public Map<String, StoredState> loadChanged(String token, Map<String, Long> known) { return memory.loadChanged(token, known); }
        @Override public Map<String, Long> save(Lease lease, Map<String, Map<String, String>> changes) { return memory.save(lease, changes); }
        @Override public void touch(String token) { memory.touch(token); }
        @Override public boolean exists(String token) { return memory.exists(token); }
        @Override public void close() { memory.close(); }
    }
}
