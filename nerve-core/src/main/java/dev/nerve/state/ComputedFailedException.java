package dev.nerve.state;

/** A {@link Computed} method threw while Nerve recomputed it; the message names it. */
public final class ComputedFailedException extends RuntimeException {

    /** The failure {@code cause} of a computed method, named in {@code message}. */
    public ComputedFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
