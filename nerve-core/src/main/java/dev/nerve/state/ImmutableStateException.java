package dev.nerve.state;

/**
 * Thrown at a write that is not allowed where it happens: a background task writing outside a lock
 * block, a lock block opened while the thread already holds the token's lock, or a background
 * handler called directly as a Java method. The state is unchanged when it is thrown.
 */
public final class ImmutableStateException extends IllegalStateException {

    /** A refused write or call; {@code message} says which and what to do instead. */
    public ImmutableStateException(String message) {
        super(message);
    }
}
