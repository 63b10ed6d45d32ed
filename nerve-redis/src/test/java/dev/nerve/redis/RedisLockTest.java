package dev.nerve.redis;

import dev.nerve.RedisPerClass;
import dev.nerve.store.Lease;
import dev.nerve.store.LockLostException;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** R-RD-1/2: the Redis lock, directly: wake-ups on release, fairness, mutual exclusion across instances. */
@Timeout(60)
class RedisLockTest {
    @RegisterExtension
    static final RedisPerClass redis = new RedisPerClass();

    @ParameterizedTest(name = "database {0}")
    @ValueSource(ints = {0, 5})
    void aReleasedLockIsTakenByAWaiterOnAnotherInstanceWithin100msNotAtExpiry(int database) throws Exception {
        try (RedisStore holder = RedisStore.connect(redis.url(database), c -> c.lockExpiry(Duration.ofSeconds(30)));
             RedisStore waiter = RedisStore.connect(redis.url(database), c -> c.lockExpiry(Duration.ofSeconds(30)))) {
            Lease held = holder.acquire("token-wake-" + database + "-aaaaaa");
            CompletableFuture<Long> takenAt = new CompletableFuture<>();
            Thread.ofVirtual().start(() -> {
                try {
                    Lease lease = waiter.acquire("token-wake-" + database + "-aaaaaa");
                    long now = System.nanoTime();
                    lease.release();
                    takenAt.complete(now);
                } catch (Throwable e) {
                    takenAt.completeExceptionally(e);
                }
            });
            await().until(() -> waiter.lock().queued("token-wake-" + database + "-aaaaaa") == 0 && !takenAt.isDone());
            Thread.sleep(300); // let the waiter settle into waiting for the release

            long releasedAt = System.nanoTime();
            held.release();

            long lagMs = TimeUnit.NANOSECONDS.toMillis(takenAt.get(5, TimeUnit.SECONDS) - releasedAt);
            assertThat(lagMs).as("ms from release to the waiter holding the lock").isLessThan(100);
        }
    }

    @Test
    void waitersOfOneInstanceAreServedFirstComeFirstServed() throws Exception {
        String token = "token-fifo-aaaaaaaaaa";
        try (RedisStore store = RedisStore.connect(redis.url(1))) {
            Lease first = store.acquire(token);
            List<Integer> order = new CopyOnWriteArrayList<>();
            List<Thread> waiters = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                waiters.add(Thread.ofVirtual().start(() -> {
                    try {
                        Lease lease = store.acquire(token);
                        order.add(n);
                        lease.release();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
                await().until(() -> store.lock().queued(token) == n + 1);
            }
            first.release();
            for (Thread waiter : waiters) waiter.join(Duration.ofSeconds(10));

            assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
        }
    }

    @RepeatedTest(3)
    void twoInstancesNeverHoldATokenAtOnce() throws Exception {
        int tokens = 4;
        int threadsPerStore = 8;
        int rounds = 25;
        int[] counters = new int[tokens];
        try (RedisStore a = RedisStore.connect(redis.url(2)); RedisStore b = RedisStore.connect(redis.url(2));
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (RedisStore store : List.of(a, b)) {
                for (int t = 0; t < threadsPerStore; t++) {
                    running.add(threads.submit(() -> {
                        for (int i = 0; i < rounds; i++) {
                            int token = i % tokens;
                            Lease lease = store.acquire("token-mutex-" + token + "-aaaaaaa");
                            try {
                                int seen = counters[token];
                                Thread.yield();
                                counters[token] = seen + 1;
                            } finally {
                                lease.release();
                            }
                        }
                        return null;
                    }));
                }
            }
            for (Future<?> thread : running) thread.get(30, TimeUnit.SECONDS);
        }
        int total = 0;
        for (int count : counters) total += count;
        assertThat(total).isEqualTo(2 * threadsPerStore * rounds);
    }

    @Test
    void releaseIsCompareAndDeleteAndAnExpiredLeaseFailsVerify() throws Exception {
        String token = "token-expired-aaaaaaa";
        try (RedisStore a = RedisStore.connect(redis.url(3), c -> c.lockExpiry(Duration.ofMillis(200)).leaseRenewal(false));
             RedisStore b = RedisStore.connect(redis.url(3), c -> c.lockExpiry(Duration.ofSeconds(30)))) {
            Lease expiring = a.acquire(token);
            Lease taker = b.acquire(token); // waits until the first hold expires

            assertThatThrownBy(expiring::verify).isInstanceOf(LockLostException.class).hasMessageContaining(token).hasMessageContaining("expired");
            expiring.release(); // must not delete the taker's lock
            assertThat(redis.command(3, "EXISTS", "nerve:{" + token + "}:lock")).isEqualTo(":1");
            taker.verify();
            taker.release();
        }
    }
}
