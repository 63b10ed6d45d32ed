package dev.nerve.store;

import java.util.Map;
import java.util.Optional;

/**
 * Where state lives between events, and the per-token lock that guards it. Values are JSON text per
 * (token, state name, var name); each state carries a version that goes up with every save, so a
 * holder of the lock can tell cheaply whether its copy is current.
 *
 * <p>Implementations: {@link MemoryStore} (one process, the default) and the Redis store in
 * {@code nerve-redis}. All methods are thread-safe.
 */
public interface StateStore extends AutoCloseable {

    /**
     * Waits for the token's exclusive lock. Waiters in one process are served first come, first served.
     *
     * @throws InterruptedException if the waiting thread is interrupted (the lock is not taken)
     * @throws StoreException       if the store cannot be reached
     */
    Lease acquire(String token) throws InterruptedException;

    /**
     * Waits for the token's lock, then refreshes: the same as {@link #acquire(String)} followed by
     * {@link #loadChanged}, in one round trip where the store can do that.
     *
     * @param known state name → the version the caller holds (0 for none)
     */
    default Acquired acquire(String token, Map<String, Long> known) throws InterruptedException {
        Lease lease = acquire(token);
        try {
            return new Acquired(lease, known.isEmpty() ? Map.of() : loadChanged(token, known));
        } catch (RuntimeException | Error e) {
            lease.release();
            throw e;
        }
    }

    /** The stored state, if any. Allowed without the lock; the answer may be stale by the time it is used. */
    Optional<StoredState> load(String token, String stateName);

    /**
     * The stored states whose version differs from the caller's, in one round trip: how a holder of
     * the lock refreshes its copies.
     *
     * @param known state name → the version the caller holds (0 for none)
     * @return state name → stored state, for the changed ones only
     */
    Map<String, StoredState> loadChanged(String token, Map<String, Long> known);

    /**
     * Merges changed vars into the stored states, all or nothing, and returns each state's new version.
     *
     * @param changes state name → (var name → JSON text)
     * @throws LockLostException if {@code lease} no longer holds the lock; nothing is written then
     */
    Map<String, Long> save(Lease lease, Map<String, Map<String, String>> changes);

    /** Marks the token as used now, so it does not expire (R-CON-3). */
    void touch(String token);

    /** True if anything is stored for the token. */
    boolean exists(String token);

    /**
     * How messages reach tabs, given how far this store is shared: the default suits a store that no
     * other process uses ({@link TabRelay#local()}). The engine asks once and closes what it gets.
     */
    default TabRelay relay() {
        return TabRelay.local();
    }

    /** Releases the store's resources; locks held by this process are released. */
    @Override
    void close();
}
