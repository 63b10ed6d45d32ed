package dev.nerve.store;

/** The store could not do what was asked: it is unreachable, or the lock was lost. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
