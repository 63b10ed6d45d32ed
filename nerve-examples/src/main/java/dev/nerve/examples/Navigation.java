package dev.nerve.examples;

import dev.nerve.ui.Element;

import static dev.nerve.ui.Html.link;
import static dev.nerve.ui.Html.nav;

/** The links between the example pages. */
final class Navigation {
    private Navigation() { }

    static Element links(String current) {
        return nav(
                page("Background task", "/", current),
                page("Progress", "/progress", current),
                page("Streaming list", "/stream", current));
    }

    private static Element page(String label, String route, String current) {
        Element link = link(label, route);
        return route.equals(current) ? link.attr("aria-current", "page") : link;
    }
}
