package dev.nerve.event;

import dev.nerve.state.State;

import java.io.Serializable;

/** A method reference to a handler with three arguments. */
@FunctionalInterface
public interface HandlerRef3<S extends State, A, B, C> extends Serializable {
    /** Runs the handler on {@code state}; Nerve only reads which method this names and never calls it. */
    void call(S state, A a, B b, C c) throws Exception;
}
