package dev.nerve.ui;

/**
 * Shows one component or another as a condition changes.
 *
 * @param test      a boolean expression
 * @param then      shown while it is true
 * @param otherwise shown while it is false, or {@code null} for nothing
 */
public record Cond(Expr<Boolean> test, Component then, Component otherwise) implements Component {
}
