package dev.nerve.protocol;

/**
 * The wire protocol's names, mirrored by name in the browser runtime's {@code protocol.js}; a change
 * here changes both, and both tests. Described in {@code docs/protocol.md}.
 */
public final class Protocol {
    /** Bumped when a message changes shape incompatibly. */
    public static final int VERSION = 1;

    public static final String TYPE = "type";

    // client → server
    public static final String EVENT = "event";
    public static final String PING = "ping";

    // server → client
    public static final String HYDRATE = "hydrate";
    public static final String DELTA = "delta";
    public static final String ERROR = "error";
    public static final String TOAST = "toast";
    public static final String REDIRECT = "redirect";
    public static final String NEW_TOKEN = "newToken";
    public static final String PONG = "pong";

    // keys
    public static final String ID = "id";
    public static final String HANDLER = "handler";
    public static final String ARGS = "args";
    public static final String TOKEN = "token";
    public static final String STATE = "state";
    public static final String CHANGES = "changes";
    public static final String MESSAGE = "message";
    public static final String LEVEL = "level";
    public static final String URL = "url";

    // WebSocket close codes (4000-4999 are the application's)
    /** The tab's token was taken over by a newer connection of the same tab (a reconnect). */
    public static final int CLOSE_REPLACED = 4000;
    /** The tab did not read its messages fast enough; it should reconnect and hydrate. */
    public static final int CLOSE_TOO_SLOW = 4001;

    // page descriptions: elements
    public static final String TAG = "tag";
    public static final String ATTRS = "attrs";
    public static final String STYLE = "style";
    public static final String CLASS = "class";
    public static final String CLASS_IF = "classIf";
    public static final String ON = "on";
    public static final String CHILDREN = "children";
    // page descriptions: text, conditionals, lists
    public static final String TEXT = "text";
    public static final String IF = "if";
    public static final String THEN = "then";
    public static final String ELSE = "else";
    public static final String EACH = "each";
    public static final String KEY = "key";
    public static final String SCOPE = "scope";
    public static final String TEMPLATE = "template";
    // page descriptions: event listeners
    public static final String PASSES = "passes";
    public static final String DEBOUNCE = "debounce";
    // page descriptions: expressions
    public static final String VAR = "var";
    public static final String OP = "op";
    public static final String ITEM = "item";
    public static final String INDEX = "index";
    public static final String LITERAL = "lit";

    private Protocol() { }
}
