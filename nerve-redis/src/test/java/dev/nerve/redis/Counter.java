package dev.nerve.redis;

import dev.nerve.event.Event;
import dev.nerve.state.Computed;
import dev.nerve.state.State;
import dev.nerve.state.Var;

/** The state the Redis tests share: a counter, background loops over lock blocks, a long block. */
public class Counter extends State {
    public final Var<Integer> count = var(0);
    public final Var<String> note = var("");
    final Var<Boolean> stop = backendVar(false);

    @Computed
    public int doubled() {
        return count.get() * 2;
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

    /** 50 locked increments, a millisecond apart. */
    @Event(background = true)
    public void fifty() throws InterruptedException {
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

    /** Writes {@code text}, then holds the lock for {@code millis} before the block ends. */
    @Event(background = true)
    public void holdWhileWriting(String text, int millis) throws InterruptedException {
        lock(() -> {
            note.set(text);
            Thread.sleep(millis);
        });
    }
}
