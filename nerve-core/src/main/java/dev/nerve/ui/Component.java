package dev.nerve.ui;

/**
 * A piece of a page: an HTML element, a run of text, a conditional, or a repeated template. Built
 * once per page by the view function and compiled into a description the browser renders and keeps
 * bound to the state; see {@link Html} for the building blocks.
 */
public sealed interface Component permits Element, Text, Cond, Each {
}
