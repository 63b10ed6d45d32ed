package dev.nerve.examples;

import dev.nerve.ui.Component;

import static dev.nerve.ui.Html.button;
import static dev.nerve.ui.Html.computed;
import static dev.nerve.ui.Html.heading;
import static dev.nerve.ui.Html.hstack;
import static dev.nerve.ui.Html.paragraph;
import static dev.nerve.ui.Html.progress;
import static dev.nerve.ui.Html.text;
import static dev.nerve.ui.Html.vstack;

/** The progress page: a bar a background task fills, Start and Cancel. */
public final class ProgressPage {
    private ProgressPage() { }

    public static Component view(ProgressState s) {
        return vstack(
                Navigation.links("/progress"),
                heading("A long job"),
                progress(s.percent, 100).id("job-progress"),
                hstack(
                        text(computed(s::label)).id("job-percent"),
                        text(s.status).id("job-status").className("muted")),
                hstack(
                        button("Start").onClick(s::start).disabled(s.running).id("job-start"),
                        button("Cancel").onClick(s::cancelJob).disabled(s.running.not()).id("job-cancel").className("secondary")),
                paragraph("The job runs in a background task; Cancel interrupts it, and its finally block records where it stopped.")
                        .className("muted"));
    }
}
