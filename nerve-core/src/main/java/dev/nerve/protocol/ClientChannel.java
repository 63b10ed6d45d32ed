package dev.nerve.protocol;

/**
 * The transport seam: where the engine sends messages for one connected tab. The web server's
 * WebSocket session and the in-process test client both implement it.
 *
 * <p>Called from handler and task threads, while the token's lock is held, so that messages leave in
 * the order their changes were stored; an implementation must be thread-safe and must not block for
 * long. A message for a tab that has gone is dropped: its next connection is hydrated in full.
 */
@FunctionalInterface
public interface ClientChannel {
    /** Delivers {@code message} to the tab, or drops it if the tab has gone; thread-safe and quick, as above. */
    void send(ServerMessage message);

    /** Ends the connection, e.g. with {@link Protocol#CLOSE_REPLACED}; the default does nothing. */
    default void close(int code, String reason) { }
}
