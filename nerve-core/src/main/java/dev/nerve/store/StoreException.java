package dev.nerve.store;

/** The store could not do what was asked: it is unreachable, or the lock was lost. */
public class StoreException extends RuntimeException {

    /** A store failure described by {@code message}. */
    public StoreException(String message) {
        super(message);
    }

    /** A store failure described by {@code message}, caused by {@code cause}. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
