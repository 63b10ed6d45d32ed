package dev.nerve.server;

import dev.nerve.ui.CompiledPage;

/**
 * A route of the app and the compiled view served there.
 *
 * @param route    the path, e.g. "/" or "/progress"
 * @param title    the document title
 * @param compiled the description the browser renders, and the states it binds
 */
public record Page(String route, String title, CompiledPage compiled) {
}
