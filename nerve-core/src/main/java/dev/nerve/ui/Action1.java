package dev.nerve.ui;

import java.io.Serializable;

/**
 * A bound method reference to a handler with one argument, such as {@code s::setMaxCounter}, for an event prop of a component.
 * Serializable so Nerve can read which handler it names; never serialized.
 */
@FunctionalInterface
public interface Action1<A> extends Serializable {
    /** Runs the handler with {@code a}; Nerve only reads which method this names and never calls it. */
    void run(A a) throws Exception;
}
