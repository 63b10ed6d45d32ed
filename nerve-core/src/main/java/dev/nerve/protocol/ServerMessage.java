package dev.nerve.protocol;

import java.util.Map;

/** A message to the browser. The maps are built by the framework and not copied: do not change them after sending. */
public sealed interface ServerMessage {

    /**
     * The full state of the tab's token, sent on every (re)connect (R-CON-1).
     *
     * @param token the tab's token (new, or the one it presented)
     * @param state state name → (var name → value); backend vars never appear
     */
    record Hydrate(String token, Map<String, Map<String, RawJson>> state) implements ServerMessage { }

    /**
     * Changed client-visible vars and computed vars.
     *
     * @param changes state name → (var name → new value); may be empty when it only finishes an event
     * @param event   the id of the browser event this message finishes, or {@code null}
     */
    record Delta(Map<String, Map<String, RawJson>> changes, Long event) implements ServerMessage {

        /** True when no value changed. */
        public boolean isEmpty() {
            return changes.isEmpty();
        }
    }

    /**
     * Something failed; the browser shows {@code message} as a toast.
     *
     * @param message for the developer or user reading the toast
     * @param event   the id of the browser event that failed, or {@code null}
     */
    record Error(String message, Long event) implements ServerMessage { }

    /**
     * A notice for the user, shown as a toast; sent by {@code toast(...)} in a handler.
     *
     * @param message the text (never interpreted as HTML)
     * @param level   "info", "success", "warning" or "error"
     */
    record Toast(String message, String level) implements ServerMessage { }

    /**
     * Navigate the tab to {@code url}; sent by {@code redirect(...)} in a handler.
     *
     * @param url a path on this site, or an http(s) URL
     */
    record Redirect(String url) implements ServerMessage { }

    /**
     * The tab must use a new token from now on: it presented the token of another live tab (a
     * duplicated tab, R-CON-2). Sent before the hydrate of the new token's state.
     */
    record NewToken(String token) implements ServerMessage { }

    /** The answer to a {@link ClientMessage.Ping}. */
    record Pong(long id) implements ServerMessage { }
}
