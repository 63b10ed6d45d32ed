package dev.nerve.examples;

import dev.nerve.event.Duplicates;
import dev.nerve.event.Event;
import dev.nerve.state.ListVar;
import dev.nerve.state.State;
import dev.nerve.state.Var;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** A list that a background task streams in, row by row, while the page keeps answering clicks. */
public class StreamState extends State {
    static final int ROWS = 40;
    static final long ROW_MILLIS = 100;

    /** One streamed row. */
    public record Row(int id, String text, String at) { }

    public final ListVar<Row> rows = listVar();
    public final Var<Boolean> streaming = var(false);
    public final Var<Integer> clicks = var(0);

    @Event(background = true, duplicates = Duplicates.SKIP)
    public void stream() throws InterruptedException {
        int first = lock(() -> {
            streaming.set(true);
            return rows.size() + 1;
        });
        try {
            for (int id = first; id < first + ROWS; id++) {
                Thread.sleep(ROW_MILLIS);                // fetching the next row, outside the lock
                Row row = new Row(id, "Row " + id, LocalTime.now().truncatedTo(ChronoUnit.MILLIS).toString());
                lock(() -> rows.add(row));
            }
        } finally {
            lock(() -> streaming.set(false));
        }
    }

    @Event
    public void click() {
        clicks.update(c -> c + 1);
    }

    @Event
    public void remove(int id) {
        rows.removeIf(row -> row.id() == id);
    }

    @Event
    public void clear() {
        rows.clear();
    }
}
