package dev.nerve.event;

/** What a handler's return value means. */
public enum HandlerReturn {
    /** {@code void}: nothing to chain. */
    NOTHING,
    /** One {@link EventSpec} (or {@code null}) to run next. */
    EVENT,
    /** A {@code List<EventSpec>} to run next, in order. */
    EVENTS
}
