package dev.nerve.ui;

/**
 * A computed var bound in a view, resolved from a {@link Computation}.
 *
 * @param state the state class's name
 * @param name  the computed method's name
 */
public record ComputedRef<T>(String state, String name) implements Expr<T> { }
