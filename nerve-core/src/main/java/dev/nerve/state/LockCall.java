package dev.nerve.state;

/**
 * The body of a lock block that returns a value, e.g. {@code boolean done = lock(() -> counter.get() >= max.get());}.
 *
 * @param <T> what the block returns
 * @param <X> the checked exception the block may throw ({@code RuntimeException} when none)
 */
@FunctionalInterface
public interface LockCall<T, X extends Exception> {
    /** The block's work; it runs on the thread that called {@code lock}, holding the token's lock. */
    T call() throws X;
}
