package dev.nerve.store;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/** One token's entry in the {@link MemoryStore}: its states, its fair lock, its last use. */
final class MemoryToken {
    final Map<String, StoredState> states = new ConcurrentHashMap<>();
    private final Semaphore lock = new Semaphore(1, true);
    private volatile Instant lastUsed;

    MemoryToken(Instant now) {
        this.lastUsed = now;
    }

    Lease lock(String token) throws InterruptedException {
        lock.acquire();
        return new MemoryLease(token);
    }

    long merge(String stateName, Map<String, String> vars) {
        return states.compute(stateName, (name, old) -> {
            Map<String, String> merged = old == null ? new HashMap<>() : new HashMap<>(old.vars());
            merged.putAll(vars);
            return new StoredState(old == null ? 1 : old.version() + 1, merged);
        }).version();
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    /**
     * If unused since {@code cutoff} and unlocked, takes the lock for good and returns true: the entry
     * may then be dropped, and an acquirer that finds it later retries with a fresh entry.
     */
    boolean retireIfIdleSince(Instant cutoff) {
        return lastUsed.isBefore(cutoff) && lock.tryAcquire();
    }

    private final class MemoryLease implements Lease {
        private final String token;
        private final AtomicBoolean released = new AtomicBoolean();

        MemoryLease(String token) {
            this.token = token;
        }

        @Override
        public String token() {
            return token;
        }

        @Override
        public void verify() {
            if (released.get()) throw new LockLostException("the lock of token " + token + " was already released");
        }

        @Override
        public void release() {
            if (released.compareAndSet(false, true)) lock.release();
        }
    }
}
