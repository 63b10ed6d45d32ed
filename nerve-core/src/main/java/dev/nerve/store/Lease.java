package dev.nerve.store;

/**
 * A held per-token lock. Released exactly once, by whoever acquired it; a second release is a no-op.
 */
public interface Lease {

    /** The token whose lock this is. */
    String token();

    /** Throws {@link LockLostException} if the lock is no longer held (it expired or was taken over). */
    void verify();

    /** Gives the lock to the next waiter. */
    void release();
}
