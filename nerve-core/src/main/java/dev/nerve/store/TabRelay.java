package dev.nerve.store;

import dev.nerve.protocol.ServerMessage;

/**
 * How messages reach a token's tab, wherever its socket is. In one process the tab is connected
 * right here ({@link #local()}); with a shared store any instance may run a token's events and
 * tasks while another holds its tab's socket, so a message produced on one instance must be carried
 * to the other (R-RD-4), and a duplicated tab must be recognised across instances (R-CON-2).
 *
 * <p>The engine calls {@link #send} while holding the token's lock, in the order the changes were
 * stored; an implementation must hand a token's messages to {@link LocalTabs#deliver} in that same
 * order, on whichever instance holds the tab. All methods are thread-safe.
 */
public interface TabRelay extends AutoCloseable {

    /** Starts relaying: messages for tabs connected to this process go to {@code tabs}. Called once, by the engine. */
    void start(LocalTabs tabs);

    /**
     * Records that {@code connection}, a connection of browser tab {@code tabId}, now holds the token's
     * tab on this process, and returns before any message sent afterwards could miss it. A live
     * connection of another tab id holding the token makes this a duplicated tab: nothing is recorded
     * and the answer is {@link Claim#TAKEN}. An older connection of the same tab elsewhere is closed.
     */
    Claim claim(String token, String tabId, String connection);

    /** Forgets {@code connection} as the holder of the token's tab, if it still is. */
    void leave(String token, String connection);

    /** Carries {@code message} to the token's tab, wherever it is connected; dropped if it is nowhere. */
    void send(String token, ServerMessage message);

    /** Stops relaying. */
    @Override
    default void close() { }

    /** The answer of {@link #claim}. */
    enum Claim {
        /** The connection holds the token's tab now. */
        CLAIMED,
        /** Another live tab holds the token; the connecting tab needs a token of its own. */
        TAKEN
    }

    /** The relay of a store that no other process shares: every tab is connected to this process. */
    static TabRelay local() {
        return new LocalRelay();
    }
}
