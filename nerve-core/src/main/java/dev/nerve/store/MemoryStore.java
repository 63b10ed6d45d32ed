package dev.nerve.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default store: state and locks in this process's memory. Locks are fair (first come, first
 * served). Tokens idle for longer than the time to live are dropped by {@link #expireIdle()}, which
 * the engine calls periodically; a token whose lock is held is never dropped.
 */
public final class MemoryStore implements StateStore {
    private final Map<String, MemoryToken> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeToLive;

    /** A store whose {@link #expireIdle()} drops tokens unused for longer than {@code timeToLive}, by {@code clock}. */
    public MemoryStore(Clock clock, Duration timeToLive) {
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /** A store on the system clock whose tokens live one hour after their last use. */
    public MemoryStore() {
        this(Clock.systemUTC(), Duration.ofHours(1));
    }

    @Override
    public Lease acquire(String token) throws InterruptedException {
        while (true) {
            MemoryToken entry = tokens.computeIfAbsent(token, t -> new MemoryToken(now()));
            entry.touch(now());
            Lease lease = entry.lock(token);
            if (tokens.get(token) == entry) return lease;
            lease.release(); // expired between lookup and lock: take the fresh entry's lock instead
        }
    }

    @Override
    public Optional<StoredState> load(String token, String stateName) {
        MemoryToken entry = tokens.get(token);
        return entry == null ? Optional.empty() : Optional.ofNullable(entry.states.get(stateName));
    }

    @Override
    public Map<String, StoredState> loadChanged(String token, Map<String, Long> known) {
        Map<String, StoredState> changed = new HashMap<>();
        known.forEach((stateName, version) -> load(token, stateName)
                .filter(stored -> stored.version() != version)
                .ifPresent(stored -> changed.put(stateName, stored)));
        return changed;
    }

    @Override
    public Map<String, Long> save(Lease lease, Map<String, Map<String, String>> changes) {
        lease.verify();
        MemoryToken entry = tokens.get(lease.token());
        if (entry == null) throw new LockLostException("token " + lease.token() + " expired while its lock was held");
        Map<String, Long> versions = new HashMap<>();
        changes.forEach((stateName, vars) -> versions.put(stateName, entry.merge(stateName, vars)));
        entry.touch(now());
        return versions;
    }

    @Override
    public void touch(String token) {
        MemoryToken entry = tokens.get(token);
        if (entry != null) entry.touch(now());
    }

    @Override
    public boolean exists(String token) {
        MemoryToken entry = tokens.get(token);
        return entry != null && !entry.states.isEmpty();
    }

    /** Drops tokens unused for longer than the time to live; returns how many. */
    public int expireIdle() {
        Instant cutoff = now().minus(timeToLive);
        int before = tokens.size();
        tokens.entrySet().removeIf(e -> e.getValue().retireIfIdleSince(cutoff));
        return before - tokens.size();
    }

    /** How many tokens are held. */
    public int size() {
        return tokens.size();
    }

    @Override
    public void close() {
        tokens.clear();
    }

    private Instant now() {
        return clock.instant();
    }
}
