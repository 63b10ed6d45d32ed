package dev.nerve.task;

/** Who holds a {@link LockSession}. */
public enum SessionKind {
    /** A normal event handler, for its whole run. */
    HANDLER,
    /** A lock block of a background task (or of a thread it forked). */
    BLOCK,
    /** The framework itself: hydrating a connection, a task's final computed-var sync. */
    SYSTEM
}
