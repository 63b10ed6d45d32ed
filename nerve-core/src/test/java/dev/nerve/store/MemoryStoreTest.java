package dev.nerve.store;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The memory store: versions, merges, exclusive fair locks under contention, expiry. */
@Timeout(30)
class MemoryStoreTest {

    @Test
    void savesMergeAndBumpTheVersion() throws InterruptedException {
        MemoryStore store = new MemoryStore();
        Lease lease = store.acquire("t");
        assertThat(store.save(lease, Map.of("S", Map.of("a", "1", "b", "2")))).containsEntry("S", 1L);
        assertThat(store.save(lease, Map.of("S", Map.of("b", "3")))).containsEntry("S", 2L);
        lease.release();

        assertThat(store.load("t", "S")).contains(new StoredState(2, Map.of("a", "1", "b", "3")));
        assertThat(store.loadChanged("t", Map.of("S", 2L))).isEmpty();
        assertThat(store.loadChanged("t", Map.of("S", 1L, "Other", 0L))).containsOnlyKeys("S");
        assertThat(store.exists("t")).isTrue();
        assertThat(store.exists("u")).isFalse();
    }

    @Test
    void aReleasedLeaseCannotSave() throws InterruptedException {
        MemoryStore store = new MemoryStore();
        Lease lease = store.acquire("t");
        lease.release();
        lease.release();
        assertThatThrownBy(() -> store.save(lease, Map.of("S", Map.of("a", "1")))).isInstanceOf(LockLostException.class);
        Lease next = store.acquire("t");
        next.release();
    }

    @RepeatedTest(10)
    void manyThreadsOnManyTokensNeverHoldOneTokensLockTogether() throws InterruptedException {
        MemoryStore store = new MemoryStore();
        Map<String, AtomicInteger> holders = new ConcurrentHashMap<>();
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        AtomicInteger overlaps = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 64; t++) {
            String token = "token-" + (t % 8);
            threads.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        Lease lease = store.acquire(token);
                        if (holders.computeIfAbsent(token, k -> new AtomicInteger()).incrementAndGet() > 1) overlaps.incrementAndGet();
                        counts.merge(token, 1, Integer::sum);
                        holders.get(token).decrementAndGet();
                        lease.release();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }));
        }
        for (Thread thread : threads) thread.join();
        assertThat(overlaps).hasValue(0);
        assertThat(counts.values()).containsOnly(8 * 200);
    }

    @Test
    void waitersAreServedFirstComeFirstServed() throws InterruptedException {
        MemoryStore store = new MemoryStore();
        Lease held = store.acquire("t");
        List<Integer> order = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int index = i;
            CountDownLatch queued = new CountDownLatch(1);
            waiters.add(Thread.ofPlatform().start(() -> {
                try {
                    queued.countDown();
                    Lease lease = store.acquire("t");
                    order.add(index);
                    lease.release();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            queued.await();
            org.awaitility.Awaitility.await().until(() -> waiters.get(index).getState() == Thread.State.WAITING);
        }
        held.release();
        for (Thread waiter : waiters) waiter.join();
        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void idleTokensExpireButALockedOneStays() throws InterruptedException {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override public Instant instant() { return now[0]; }
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        };
        MemoryStore store = new MemoryStore(clock, Duration.ofMinutes(5));
        Lease idle = store.acquire("idle");
        store.save(idle, Map.of("S", Map.of("a", "1")));
        idle.release();
        Lease busy = store.acquire("busy");

        now[0] = now[0].plus(Duration.ofMinutes(6));
        assertThat(store.expireIdle()).isEqualTo(1);
        assertThat(store.load("idle", "S")).isEmpty();
        assertThat(store.size()).isEqualTo(1);
        busy.release();
    }
}
