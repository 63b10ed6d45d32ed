package dev.nerve.ui;

import java.io.Serializable;

/**
 * A method reference to a computed var, such as {@code s::remaining}, for binding it in a view with
 * {@link Html#computed}. Serializable so Nerve can read which method it names; never serialized.
 */
@FunctionalInterface
public interface Computation<T> extends Serializable {
    /** Computes the value; Nerve only reads which method this names and never calls it. */
    T compute();
}
