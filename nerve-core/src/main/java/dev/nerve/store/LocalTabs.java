package dev.nerve.store;

import dev.nerve.protocol.ServerMessage;

/**
 * The tabs connected to this process, as a {@link TabRelay} sees them: where it hands the messages it
 * carries. Implemented by the engine; every method returns quickly and never throws.
 */
public interface LocalTabs {

    /** Hands {@code message} to the token's tab if it is connected here; drops it otherwise. */
    void deliver(String token, ServerMessage message);

    /** Closes the token's connection {@code connection} if it is here: the same tab connected again elsewhere. */
    void replaced(String token, String connection);

    /**
     * Sends the token's tab, if connected here, its full state again, because messages for it may
     * have been lost (the relay lost its connection for a while). Returns at once; the work runs
     * on another thread.
     */
    void rehydrate(String token);
}
