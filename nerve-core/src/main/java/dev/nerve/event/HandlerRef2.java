package dev.nerve.event;

import dev.nerve.state.State;

import java.io.Serializable;

/** A method reference to a handler with two arguments. */
@FunctionalInterface
public interface HandlerRef2<S extends State, A, B> extends Serializable {
    /** Runs the handler on {@code state}; Nerve only reads which method this names and never calls it. */
    void call(S state, A a, B b) throws Exception;
}
