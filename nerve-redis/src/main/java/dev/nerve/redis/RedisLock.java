package dev.nerve.redis;

import dev.nerve.store.Lease;
import dev.nerve.store.LockLostException;
import dev.nerve.store.StoreException;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.ScriptOutputType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The per-token lock in Redis (R-RD-1…3). A hold is the key {@code prefix:{token}:lock} set, with an
 * expiry, to an owner id unique to that hold. Release is compare-and-delete, and publishes the token
 * on the released channel, which wakes the waiters on every instance at once (R-RD-2): a waiter
 * never waits out the expiry unless the holder died. Within this process waiters queue first come,
 * first served, and only the head of a token's queue competes in Redis. While held, the
 * {@link LeaseKeeper} renews the expiry and warns about long holds.
 */
final class RedisLock {
    private static final Logger log = LoggerFactory.getLogger(RedisLock.class);
    /** The longest a waiter sleeps before asking Redis again, should a wake-up be lost with a dropped connection. */
    private static final long MAX_WAIT_MS = 1_000;

    private final RedisLink link;
    private final RedisKeys keys;
    private final Duration expiry;
    private final String instance;
    private final AtomicLong holds = new AtomicLong();
    private final Map<String, Waiters> waiting = new ConcurrentHashMap<>();
    private final LeaseKeeper keeper;
    private final Script acquire = Script.load("lock-acquire", "state-changed-function");
    private final Script release = Script.load("lock-release");
    private final Script renew = Script.load("lock-renew");

    RedisLock(RedisLink link, RedisKeys keys, RedisConfig config, String instance) {
        this.link = link;
        this.keys = keys;
        this.expiry = config.lockExpiry();
        this.instance = instance;
        this.keeper = new LeaseKeeper(this, config);
        link.subscribe(keys.releasedChannel(), this::released);
    }

    /** What {@link #acquire} got: the lease, and the changed states as the script listed them. */
    record Taken(RedisLease lease, List<Object> changed) { }

    /**
     * Waits for the token's lock: first in line among this process's waiters, then until Redis grants
     * it; in the same script, refreshes the states named by {@code refresh} (see {@code lock-acquire.lua}).
     *
     * @param refresh the state index key, the state keys and the token TTL and versions, or empty
     */
    Taken acquire(String token, RefreshArgs refresh) throws InterruptedException {
        Waiters line = join(token);
        try {
            line.turn.acquire();
        } catch (InterruptedException e) {
            leave(token, line);
            throw e;
        }
        try {
            Taken taken = takeWhenFree(token, line, instance + ":" + holds.incrementAndGet(), refresh);
            keeper.held(taken.lease());
            return taken;
        } catch (InterruptedException | RuntimeException | Error e) {
            line.turn.release();
            leave(token, line);
            throw e;
        }
    }

    /** The refresh part of an acquisition: extra keys and arguments of {@code lock-acquire.lua}. */
    record RefreshArgs(List<String> keys, List<String> args) {
        static final RefreshArgs NONE = new RefreshArgs(List.of(), List.of());
    }

    /** Stops renewing, and releases the locks this process still holds so other instances need not wait for their expiry. */
    void close() {
        for (RedisLease lease : keeper.close()) releaseQuietly(lease.token(), lease.owner);
    }

    /** How many threads of this process wait for their turn at the token's lock (for tests). */
    int queued(String token) {
        Waiters line = waiting.get(token);
        return line == null ? 0 : line.turn.getQueueLength();
    }

    /** Extends the hold in Redis; false if the lease is no longer the owner there. */
    boolean renew(RedisLease lease) {
        Long renewed = link.call("renewing the lock of token " + lease.token(), () -> renew.run(link.sync(), ScriptOutputType.INTEGER,
                new String[] {keys.lock(lease.token())}, lease.owner, Long.toString(expiry.toMillis())));
        return renewed == 1L;
    }

    private Taken takeWhenFree(String token, Waiters line, String owner, RefreshArgs refresh) throws InterruptedException {
        while (true) {
            long seen = line.generation();
            long startedAt = System.nanoTime();
            List<Object> answer = attempt(token, owner, refresh);
            if ((Long) answer.get(0) == 1L) {
                return new Taken(new RedisLease(token, owner, line, startedAt + expiry.toNanos()), answer.subList(1, answer.size()));
            }
            long heldFor = answer.size() > 1 ? (Long) answer.get(1) : 0;
            line.awaitRelease(seen, Math.clamp(heldFor, 1, MAX_WAIT_MS));
        }
    }

    private List<Object> attempt(String token, String owner, RefreshArgs refresh) throws InterruptedException {
        List<String> keyList = new ArrayList<>(List.of(keys.lock(token)));
        keyList.addAll(refresh.keys());
        List<String> args = new ArrayList<>(List.of(owner, Long.toString(expiry.toMillis())));
        args.addAll(refresh.args());
        try {
            return link.call("taking the lock of token " + token,
                    () -> acquire.run(link.sync(), ScriptOutputType.MULTI, keyList.toArray(String[]::new), args.toArray(String[]::new)));
        } catch (StoreException e) {
            if (!(e.getCause() instanceof RedisCommandInterruptedException)) throw e;
            releaseQuietly(token, owner); // it may have been granted just before the interrupt
            throw new InterruptedException("interrupted while taking the lock of token " + token);
        }
    }

    /**
     * Queues the release without waiting: commands on the connection run in the order they were
     * issued, so whatever this holder sent before (its save, its messages) lands first, and a waiter
     * of this process asking next is served after it. A release that fails leaves the lock to expire.
     */
    private void release(RedisLease lease) {
        keeper.released(lease);
        try {
            releaseQuietly(lease.token(), lease.owner);
        } finally {
            lease.line.turn.release();
            leave(lease.token(), lease.line);
        }
    }

    private void releaseQuietly(String token, String owner) {
        try {
            release.runAsync(link.async(), ScriptOutputType.INTEGER, new String[] {keys.lock(token)}, owner, keys.releasedChannel(), token)
                    .whenComplete((released, failure) -> {
                        if (failure != null) {
                            log.warn("could not release the lock of token {}; it expires within {} ms: {}", token, expiry.toMillis(), failure.toString());
                        }
                    });
        } catch (RuntimeException e) {
            log.warn("could not release the lock of token {}; it expires within {} ms: {}", token, expiry.toMillis(), e.toString());
        }
    }

    private void released(String token) {
        Waiters line = waiting.get(token);
        if (line != null) line.wake();
    }

    private Waiters join(String token) {
        return waiting.compute(token, (t, line) -> (line == null ? new Waiters() : line).join());
    }

    private void leave(String token, Waiters line) {
        waiting.computeIfPresent(token, (t, current) -> current == line && line.leave() ? null : current);
    }

    /** This process's threads waiting for, or holding, one token's lock. Its counters change under the map's compute. */
    private static final class Waiters {
        final Semaphore turn = new Semaphore(1, true);
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition releasedInRedis = lock.newCondition();
        private long generation;
        private int users;

        Waiters join() {
            users++;
            return this;
        }

        /** True when nobody uses it any more. */
        boolean leave() {
            return --users == 0;
        }

        long generation() {
            lock.lock();
            try {
                return generation;
            } finally {
                lock.unlock();
            }
        }

        void wake() {
            lock.lock();
            try {
                generation++;
                releasedInRedis.signalAll();
            } finally {
                lock.unlock();
            }
        }

        /** Waits until a release was announced after {@code seen} was read, or {@code maxMillis} passed. */
        void awaitRelease(long seen, long maxMillis) throws InterruptedException {
            long left = TimeUnit.MILLISECONDS.toNanos(maxMillis);
            lock.lock();
            try {
                while (generation == seen && left > 0) left = releasedInRedis.awaitNanos(left);
            } finally {
                lock.unlock();
            }
        }
    }

    /** One hold of a token's lock, valid until its expiry unless renewed in time. */
    final class RedisLease implements Lease {
        private final String token;
        final String owner;
        private final Waiters line;
        final long acquiredAt = System.nanoTime();
        private final AtomicBoolean released = new AtomicBoolean();
        volatile long validUntil;
        volatile boolean lost;
        volatile boolean warned;

        private RedisLease(String token, String owner, Waiters line, long validUntil) {
            this.token = token;
            this.owner = owner;
            this.line = line;
            this.validUntil = validUntil;
        }

        @Override
        public String token() {
            return token;
        }

        @Override
        public void verify() {
            if (released.get()) throw new LockLostException("the lock of token " + token + " was already released");
            if (lost || System.nanoTime() - validUntil > 0) throw lostError();
        }

        /** The error of a holder whose lock expired, for {@link #verify} and a refused save. */
        LockLostException lostError() {
            long heldMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - acquiredAt);
            return new LockLostException("the lock of token " + token + " expired after being held " + heldMs + " ms (lock expiry "
                    + expiry.toMillis() + " ms" + (lost ? ", and another holder took it" : "") + "); nothing of this block was stored or sent");
        }

        long heldMillis() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - acquiredAt);
        }

        @Override
        public void release() {
            if (released.compareAndSet(false, true)) RedisLock.this.release(this);
        }
    }
}
