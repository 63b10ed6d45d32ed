package dev.nerve.protocol;

/** A client message that does not follow the protocol; the message says how. */
public final class ProtocolException extends RuntimeException {

    /** A message refused for the reason in {@code message}. */
    public ProtocolException(String message) {
        super(message);
    }
}
