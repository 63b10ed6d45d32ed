package dev.nerve.store;

/**
 * The holder of a token's lock lost it (it expired, or another holder took it) before it stored its
 * changes; nothing of them was stored or sent (R-RD-3).
 */
public final class LockLostException extends StoreException {

    /** A lost lock, described by {@code message}. */
    public LockLostException(String message) {
        super(message);
    }
}
