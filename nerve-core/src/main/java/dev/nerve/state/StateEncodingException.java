package dev.nerve.state;

/** A var value that does not round-trip through JSON; the message names the var. */
public final class StateEncodingException extends RuntimeException {

    /** A value that failed to encode or decode because of {@code cause}; {@code message} names the var. */
    public StateEncodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
