package dev.nerve.redis;

import dev.nerve.event.Event;
import dev.nerve.state.Computed;
import dev.nerve.state.State;
import dev.nerve.state.Var;

import java.util.concurrent.CountDownLatch;

/** The state the Redis tests share: a counter, background loops over lock blocks, a long block. */
public class Counter extends State {
    public final Var<Integer> count = var(0);
    public final Var<String> note = var("");
    final Var<Boolean> stop = backendVar(false);

    @Computed
    public int doubled() {
        return count.get() * 2;
    }

    @Computed
    public String shout() {
        return note.get().toUpperCase(java.util.Locale.ROOT);
    }

    @Event
    public void increment() {
        count.update(c -> c + 1);
    }

    @Event
    public void write(String text) {
        note.set(text);
    }

    @Event
    public void halt() {
        stop.set(true);
    }

    /** Holds {@link #fifty} tasks at the start until a test opens it, so tasks of several instances overlap for sure. */
    static volatile CountDownLatch gate = new CountDownLatch(0);

    /** Once the gate is open, 50 locked increments, a millisecond apart. */
    @Event(background = true)
    public void fifty() throws InterruptedException {
        gate.await();
        for (int i = 0; i < 50; i++) {
            lock(() -> count.update(c -> c + 1));
            Thread.sleep(1);
        }
    }

    /** One locked increment every 50 ms until halted. */
    @Event(background = true)
    public void tick() throws InterruptedException {
        while (lock(() -> {
            if (stop.get()) return false;
            count.update(c -> c + 1);
            return true;
        })) {
            Thread.sleep(50);
        }
    }

    /** Writes {@code text}, then keeps the CPU busy for {@code millis} inside the block, deaf to interrupts. */
    @Event(background = true)
    public void writeThenSpin(String text, int millis) throws InterruptedException {
        lock(() -> {
            note.set(text);
            long until = System.nanoTime() + millis * 1_000_000L;
            while (System.nanoTime() < until) Thread.onSpinWait();
        });
        Thread.sleep(60_000); // a cancel ends the task here at the latest
    }

    /** Writes {@code text}, then holds the lock for {@code millis} before the block ends. */
    @Event(background = true)
    public void holdWhileWriting(String text, int millis) throws InterruptedException {
        lock(() -> {
            note.set(text);
            Thread.sleep(millis);
        });
    }
}
