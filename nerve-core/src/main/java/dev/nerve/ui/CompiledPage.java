package dev.nerve.ui;

import java.util.Set;

/**
 * A view compiled once: the JSON description the browser renders, and the states it binds.
 *
 * @param description JSON text of the component tree (format in {@code docs/protocol.md})
 * @param states      names of the state classes the page shows or calls
 */
public record CompiledPage(String description, Set<String> states) {
}
