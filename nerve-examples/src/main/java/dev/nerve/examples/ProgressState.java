package dev.nerve.examples;

import dev.nerve.event.Duplicates;
import dev.nerve.event.Event;
import dev.nerve.state.Computed;
import dev.nerve.state.State;
import dev.nerve.state.Var;

/**
 * A long job whose progress a background task advances, with a Cancel button that interrupts it.
 * Starting it again while it runs does nothing ({@code duplicates = SKIP}).
 */
public class ProgressState extends State {
    static final int STEPS = 20;
    static final long STEP_MILLIS = 150;

    public final Var<Integer> percent = var(0);
    public final Var<Boolean> running = var(false);
    public final Var<String> status = var("Not started");

    @Event(background = true, duplicates = Duplicates.SKIP)
    public void start() throws InterruptedException {
        lock(() -> {
            percent.set(0);
            running.set(true);
            status.set("Working…");
        });
        try {
            for (int step = 1; step <= STEPS; step++) {
                Thread.sleep(STEP_MILLIS);              // one slice of the long job, outside the lock
                int done = step * 100 / STEPS;
                lock(() -> percent.set(done));
            }
            lock(() -> status.set("Done"));
        } catch (InterruptedException cancelled) {
            lock(() -> status.set("Cancelled at " + percent.get() + "%"));
        } finally {
            lock(() -> running.set(false));
        }
    }

    @Event
    public void cancelJob() {
        if (cancel(ProgressState::start) == 0) toast("Nothing is running");
    }

    @Computed
    public String label() {
        return percent.get() + "%";
    }
}
