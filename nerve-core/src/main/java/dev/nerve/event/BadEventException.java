package dev.nerve.event;

/**
 * An event that cannot run as sent: unknown handler, wrong argument count or types, malformed
 * message. Its message is meant for the developer reading the browser's error toast; nothing
 * changed when it is thrown (R-EV-1).
 */
public final class BadEventException extends RuntimeException {

    /** An event refused for the reason in {@code message}. */
    public BadEventException(String message) {
        super(message);
    }

    /** An event refused for the reason in {@code message}, found while handling {@code cause}. */
    public BadEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
