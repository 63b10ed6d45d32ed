package dev.nerve.examples;

import dev.nerve.ui.Component;

import static dev.nerve.ui.Html.button;
import static dev.nerve.ui.Html.cond;
import static dev.nerve.ui.Html.heading;
import static dev.nerve.ui.Html.hstack;
import static dev.nerve.ui.Html.input;
import static dev.nerve.ui.Html.vstack;

/** The seed example's page: the counter, the maximum, Start/Stop and Reset. */
public final class Example {
    private Example() { }

    public static Component example(TaskState s) {
        return vstack(
                Navigation.links("/"),
                hstack(
                        heading(s.counter, " /"),
                        input().type("number").value(s.maxCounter).onChange(s::setMaxCounter).width("8em"),
                        button(cond(s.running.not(), "Start", "Stop")).onClick(s::toggleRunning),
                        button("Reset").onClick(s::clearCounter)));
    }
}
