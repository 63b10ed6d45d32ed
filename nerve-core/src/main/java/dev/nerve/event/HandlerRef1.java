package dev.nerve.event;

import dev.nerve.state.State;

import java.io.Serializable;

/** A method reference to a handler with one argument, such as {@code TaskState::setMaxCounter}. */
@FunctionalInterface
public interface HandlerRef1<S extends State, A> extends Serializable {
    /** Runs the handler on {@code state}; Nerve only reads which method this names and never calls it. */
    void call(S state, A a) throws Exception;
}
