package dev.nerve.task;

import dev.nerve.event.BadEventException;

/** A tab asked for more background tasks at once than the engine allows it ({@code maxTasksPerToken}). */
final class TooManyTasksException extends RuntimeException {

    TooManyTasksException(String message) {
        super(message);
    }

    BadEventException asBadEvent() {
        return new BadEventException(getMessage());
    }
}
