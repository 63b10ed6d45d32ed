package dev.nerve.bench.jmh;

import dev.nerve.event.Event;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;

import java.util.concurrent.atomic.AtomicReference;

/** The state the micro-benchmarks work on: a few typical vars, and a way to reach the live instance. */
public class JmhState extends State {
    /** One row of a list, as apps usually hold them. */
    public record Row(int id, String name, boolean done) { }

    static final AtomicReference<JmhState> LIVE = new AtomicReference<>();

    public final Var<Integer> count = var(0);
    public final Var<String> label = var("a label of ordinary length");
    public final ListVar<Row> rows = listVar(new Row(1, "first", false), new Row(2, "second", true), new Row(3, "third", false));

    @Event
    public void increment() {
        count.update(c -> c + 1);
    }

    /**
     * Never started by the benchmarks; declared so that, as in most apps, the state has a background
     * handler, and a handler's first write checks for a direct call of it (R-BG-5).
     */
    @Event(background = true)
    public void refresh() throws InterruptedException {
        lock(() -> count.set(0));
    }

    /** Hands the benchmark this token's live instance, so it can open lock blocks on it. */
    @Event
    public void capture() {
        LIVE.set(this);
    }
}
