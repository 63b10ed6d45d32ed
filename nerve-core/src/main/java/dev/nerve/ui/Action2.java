package dev.nerve.ui;

import java.io.Serializable;

/**
 * A bound method reference to a handler with two arguments, for an event prop of a component.
 * Serializable so Nerve can read which handler it names; never serialized.
 */
@FunctionalInterface
public interface Action2<A, B> extends Serializable {
    /** Runs the handler with {@code a} and {@code b}; Nerve only reads which method this names and never calls it. */
    void run(A a, B b) throws Exception;
}
