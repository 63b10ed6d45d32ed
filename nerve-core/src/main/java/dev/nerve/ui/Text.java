package dev.nerve.ui;

import java.util.List;

/**
 * Text made of constant and bound parts, joined: {@code heading(s.counter, " /")} shows "3 /".
 * It is always text — never interpreted as HTML.
 *
 * @param parts constants and {@link Expr}s
 */
public record Text(List<Object> parts) implements Component {
}
