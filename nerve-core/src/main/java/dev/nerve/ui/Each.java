package dev.nerve.ui;

/**
 * Renders a template once per element of a list, keyed so that the browser moves, adds and removes
 * elements' DOM instead of rebuilding it.
 *
 * @param list     the list expression (usually a list var)
 * @param key      the element field that identifies an element, or {@code null} to key by content
 * @param scope    the nesting depth of this {@code foreach}, which its {@link Item} refers to
 * @param template the component for one element
 */
public record Each(Expr<?> list, String key, int scope, Component template) implements Component {
}
