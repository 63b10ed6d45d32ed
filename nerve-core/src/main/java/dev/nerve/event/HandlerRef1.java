package dev.nerve.event;

import dev.nerve.state.State;

import java.io.Serializable;

/** A method reference to a handler with one argument, such as {@code TaskState::setMaxCounter}. */
@FunctionalInterface
public interface HandlerRef1<S extends State, A> extends Serializable {
    void call(S state, A a) throws Exception;
}
