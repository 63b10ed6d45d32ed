package dev.nerve.examples;

import dev.nerve.event.Event;
import dev.nerve.event.EventSpec;
import dev.nerve.state.State;
import dev.nerve.state.Var;

/**
 * The seed example: a counter that a background task advances every half second up to a maximum,
 * while Start/Stop, Reset and the maximum's input keep answering at once.
 */
public class TaskState extends State {
    public final Var<Integer> counter = var(0);
    public final Var<Integer> maxCounter = var(10);
    public final Var<Boolean> running = var(false);
    final Var<Integer> nTasks = backendVar(0);          // stored, never sent to the browser

    @Event
    public void setMaxCounter(String value) {
        maxCounter.set(Integer.parseInt(value.trim()));
    }

    @Event(background = true)
    public void myTask() throws InterruptedException {
        boolean mine = lock(() -> {                     // latest values, exclusive lock
            if (nTasks.get() > 0) return false;         // only one task at a time
            nTasks.update(n -> n + 1);
            return true;
        });
        if (!mine) return;
        while (lock(this::step)) {                      // delta reaches the browser as each block ends
            Thread.sleep(500);                          // slow work outside the lock
        }
    }

    /** One step of the loop, inside a lock block; false once the task should end. */
    private boolean step() {
        if (counter.get() >= maxCounter.get()) running.set(false);
        if (!running.get()) {
            nTasks.update(n -> n - 1);
            return false;
        }
        counter.update(c -> c + 1);
        return true;
    }

    @Event
    public EventSpec toggleRunning() {
        running.set(!running.get());
        return running.get() ? EventSpec.of(TaskState::myTask) : null;
    }

    @Event
    public void clearCounter() {
        counter.set(0);
    }
}
