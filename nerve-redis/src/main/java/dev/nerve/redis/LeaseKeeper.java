package dev.nerve.redis;

import dev.nerve.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks after the locks this process holds (R-RD-3): renews each every third of the lock expiry
 * while it is held (if renewal is on), marks a lease lost when Redis says another owner has the
 * lock, and logs a warning with the token and the time held once a hold passes the threshold.
 * One virtual thread, started with the store.
 */
final class LeaseKeeper {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);
    private final RedisLock lock;
    private final Set<RedisLock.RedisLease> held = ConcurrentHashMap.newKeySet();
    private final boolean renewal;
    private final long renewEveryNanos;
    private final long expiryNanos;
    private final Duration warning;
    private final Thread thread;

    LeaseKeeper(RedisLock lock, RedisConfig config) {
        this.lock = lock;
        this.renewal = config.leaseRenewal();
        this.expiryNanos = config.lockExpiry().toNanos();
        this.renewEveryNanos = expiryNanos / 3;
        this.warning = config.lockWarning();
        Duration tick = min(min(config.lockExpiry().dividedBy(6), warning.dividedBy(4)), Duration.ofSeconds(1));
        Duration every = tick.compareTo(Duration.ofMillis(10)) < 0 ? Duration.ofMillis(10) : tick;
        // a platform thread: busy virtual threads must not delay renewals past the expiry
        this.thread = Thread.ofPlatform().daemon().name("nerve-redis-leases").start(() -> run(every));
    }

    void held(RedisLock.RedisLease lease) {
        held.add(lease);
    }

    void released(RedisLock.RedisLease lease) {
        held.remove(lease);
        if (lease.warned) log.warn("the lock of token {} was released after {} ms", lease.token(), lease.heldMillis());
    }

    /** Stops; returns the leases still held. */
    List<RedisLock.RedisLease> close() {
        thread.interrupt();
        return List.copyOf(held);
    }

    private void run(Duration every) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            for (RedisLock.RedisLease lease : held) {
                try {
                    look(lease);
                } catch (RuntimeException e) {
                    log.error("looking after the lock of token {} failed", lease.token(), e);
                }
            }
        }
    }

    private void look(RedisLock.RedisLease lease) {
        if (!lease.warned && lease.heldMillis() >= warning.toMillis()) {
            lease.warned = true;
            log.warn("the lock of token {} has been held for {} ms (warning threshold {} ms){}", lease.token(), lease.heldMillis(),
                    warning.toMillis(), renewal ? "; it is being renewed" : "; renewal is off, so it expires after " + expiryNanos / 1_000_000 + " ms");
        }
        if (renewal && !lease.lost && lease.validUntil - System.nanoTime() < expiryNanos - renewEveryNanos) renew(lease);
    }

    private void renew(RedisLock.RedisLease lease) {
        long startedAt = System.nanoTime();
        try {
            if (lock.renew(lease)) {
                lease.validUntil = startedAt + expiryNanos;
            } else if (held.contains(lease)) {
                lease.lost = true;
                log.error("the lock of token {} was lost after {} ms: another holder has it; this holder's writes will be refused",
                        lease.token(), lease.heldMillis());
            }
        } catch (StoreException e) {
            log.warn("could not renew the lock of token {}: {}", lease.token(), e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
