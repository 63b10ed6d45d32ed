package dev.nerve.bench;

import dev.nerve.event.Event;
import dev.nerve.state.State;
import dev.nerve.state.Var;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The state every scenario drives: a counter for round trips, and a pulse that background tasks stamp. */
public class BenchState extends State {
    public final Var<Integer> count = var(0);
    /** When the last pulse was stored: microseconds since the epoch (one clock for every process on the machine). */
    public final Var<Long> stamp = var(0L);

    @Event
    public void increment() {
        count.update(c -> c + 1);
    }

    /** Takes a lock block every {@code periodMs} until cancelled or {@code blocks} are done, stamping each. */
    @Event(background = true)
    public void pulse(int periodMs, int blocks) throws InterruptedException {
        for (int i = 0; i < blocks; i++) {
            lock(() -> stamp.set(nowMicros()));
            Thread.sleep(periodMs);
        }
    }

    static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }
}
