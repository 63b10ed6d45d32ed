package dev.nerve.examples;

import dev.nerve.ui.Component;

import static dev.nerve.ui.Html.button;
import static dev.nerve.ui.Html.cond;
import static dev.nerve.ui.Html.foreach;
import static dev.nerve.ui.Html.heading;
import static dev.nerve.ui.Html.hstack;
import static dev.nerve.ui.Html.table;
import static dev.nerve.ui.Html.tbody;
import static dev.nerve.ui.Html.td;
import static dev.nerve.ui.Html.text;
import static dev.nerve.ui.Html.th;
import static dev.nerve.ui.Html.thead;
import static dev.nerve.ui.Html.tr;
import static dev.nerve.ui.Html.vstack;

/** The streaming page: rows arrive one by one while the buttons keep answering. */
public final class StreamPage {
    private StreamPage() { }

    public static Component view(StreamState s) {
        return vstack(
                Navigation.links("/stream"),
                heading("A streaming list"),
                hstack(
                        button(cond(s.streaming, "Streaming…", "Stream rows")).onClick(s::stream).disabled(s.streaming).id("stream-start"),
                        button("Clicks: ", s.clicks).onClick(s::click).id("stream-click").className("secondary"),
                        button("Clear").onClick(s::clear).id("stream-clear").className("secondary"),
                        text(s.rows.length(), " rows").id("stream-count").className("muted")),
                table(
                        thead(tr(th("#"), th("Row"), th("Arrived"), th(""))),
                        tbody(foreach(s.rows, "id", row -> tr(
                                td(row.field("id")),
                                td(row.field("text")),
                                td(row.field("at")).className("muted"),
                                td(button("Remove").onClick(s::remove, row.field("id")).className("secondary"))))))
                        .id("stream-rows"));
    }
}
