package dev.nerve.task;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;
import dev.nerve.store.Lease;
import dev.nerve.store.MemoryStore;
import dev.nerve.store.StateStore;
import dev.nerve.store.StoredState;
import dev.nerve.testing.TestClient;
import dev.nerve.testing.TestTab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-CON-1, R-BG-2: a hydrate leaves before the lock is released, so a lock block that commits right
 * after it cannot be overwritten by it. The store below lets a task's block run in exactly that gap.
 */
@Timeout(20)
class HydrateOrderTest {
    static final CountDownLatch GO = new CountDownLatch(1);

    public static class Counter extends State {
        public final Var<Integer> count = var(0);

        @Event(background = true)
        public void bumpWhenTold() throws InterruptedException {
            GO.await();
            lock(() -> count.set(1));
        }
    }

    /** A memory store whose lease, when released by the armed thread, waits until the next lease is released too. */
    static final class GapStore implements StateStore {
        final MemoryStore memory = new MemoryStore();
        final CountDownLatch nextReleased = new CountDownLatch(1);
        volatile Thread armed;

        @Override
        public Lease acquire(String token) throws InterruptedException {
            Lease lease = memory.acquire(token);
            return new Lease() {
                @Override public String token() { return lease.token(); }
                @Override public void verify() { lease.verify(); }
                @Override public void release() {
                    lease.release();
                    if (Thread.currentThread() == armed) {
                        armed = null;
                        GO.countDown();
                        await(nextReleased);
                    } else if (GO.getCount() == 0) {
                        nextReleased.countDown();
                    }
                }
            };
        }

        @Override public Optional<StoredState> load(String token, String state) { return memory.load(token, state); }
        @Override public Map<String, StoredState> loadChanged(String token, Map<String, Long> known) { return memory.loadChanged(token, known); }
        @Override public Map<String, Long> save(Lease lease, Map<String, Map<String, String>> changes) { return memory.save(lease, changes); }
        @Override public void touch(String token) { memory.touch(token); }
        @Override public boolean exists(String token) { return memory.exists(token); }
        @Override public void close() { memory.close(); }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void aReloadingTabEndsWithWhatIsStoredEvenWhenABlockCommitsRightAfterItsHydrate() {
        GapStore store = new GapStore();
        try (TestClient client = TestClient.create(config -> config.states(Counter.class).store(store))) {
            TestTab first = client.openTab();
            first.call(Counter::bumpWhenTold);
            first.close();

            store.armed = Thread.currentThread();
            TestTab second = client.openTab(first.token());

            assertThat(second.stored(Counter.class).count.get()).isEqualTo(1);
            assertThat(second.await(Counter.class, s -> s.count.get() == 1).count.get()).isEqualTo(1);
        }
    }
}
