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

    // server → client
    public static final String HYDRATE = "hydrate";
    public static final String DELTA = "delta";
    public static final String ERROR = "error";

    // keys
    public static final String ID = "id";
    public static final String HANDLER = "handler";
    public static final String ARGS = "args";
    public static final String TOKEN = "token";
    public static final String STATE = "state";
    public static final String CHANGES = "changes";
    public static final String MESSAGE = "message";

    private Protocol() { }
}
