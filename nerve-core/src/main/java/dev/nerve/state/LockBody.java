package dev.nerve.state;

/**
 * The body of a lock block that returns nothing, e.g. {@code lock(() -> counter.update(c -> c + 1));}.
 *
 * @param <X> the checked exception the block may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface LockBody<X extends Exception> {
    /** The block's work; it runs on the thread that called {@code lock}, holding the token's lock. */
    void run() throws X;
}
