package dev.nerve.engine;

import java.util.Set;

/**
 * What a tab presents when it connects.
 *
 * @param token  the token it holds, or {@code null} for a new tab
 * @param tabId  an id of this browser tab that survives reloads but not duplication, or
 *               {@code null}; two live connections with one token and different tab ids are a
 *               duplicated tab (R-CON-2), the same tab id is a reconnect
 * @param states names of the states the tab's page shows, to hydrate; {@code null} for all
 */
public record ConnectRequest(String token, String tabId, Set<String> states) {

    /** A new tab that wants every state. */
    public static ConnectRequest newTab() {
        return new ConnectRequest(null, null, null);
    }

    /** A tab presenting {@code token} that wants every state. */
    public static ConnectRequest of(String token) {
        return new ConnectRequest(token, null, null);
    }
}
