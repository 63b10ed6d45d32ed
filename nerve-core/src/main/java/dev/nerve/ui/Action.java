package dev.nerve.ui;

import java.io.Serializable;

/**
 * A bound method reference to a handler with no arguments, such as {@code s::toggleRunning}, for an event prop of a component.
 * Serializable so Nerve can read which handler it names; never serialized.
 */
@FunctionalInterface
public interface Action extends Serializable {
    /** Runs the handler; Nerve only reads which method this names and never calls it. */
    void run() throws Exception;
}
