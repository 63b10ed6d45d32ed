package dev.nerve.event;

import dev.nerve.state.State;

import java.io.Serializable;

/**
 * A method reference to a handler without arguments, such as {@code TaskState::clearCounter}.
 * Serializable so that Nerve can read which method it names; it is never serialized.
 */
@FunctionalInterface
public interface HandlerRef<S extends State> extends Serializable {
    /** Runs the handler on {@code state}; Nerve only reads which method this names and never calls it. */
    void call(S state) throws Exception;
}
