package dev.nerve.event;

import org.slf4j.LoggerFactory;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One token's queue of normal events: they run one at a time, in arrival order (R-EV-2). No thread
 * waits on an idle queue; the first event to arrive starts a virtual thread that drains the queue
 * and ends when it is empty, so idle tabs cost no thread.
 */
public final class EventQueue {
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicInteger size = new AtomicInteger();
    private final ThreadFactory threads;

    /** A queue whose drain threads, one at a time, come from {@code threads}. */
    public EventQueue(ThreadFactory threads) {
        this.threads = threads;
    }

    /** Appends {@code event}; it runs after every event submitted before it. */
    public void submit(Runnable event) {
        size.incrementAndGet();
        waiting.add(event);
        if (draining.compareAndSet(false, true)) threads.newThread(this::drain).start();
    }

    /** How many events wait (not counting one that runs). */
    public int waiting() {
        return size.get();
    }

    /** True while events wait or one runs. */
    public boolean isBusy() {
        return draining.get() || !waiting.isEmpty();
    }

    private static void runGuarded(Runnable event) {
        Thread.interrupted(); // an interrupt left by one event must not fail the next
        try {
            event.run();
        } catch (RuntimeException | Error e) {
            // Events report their own failures; anything reaching here is a framework bug, and the queue must go on.
            LoggerFactory.getLogger(EventQueue.class).error("event runner failed", e);
        }
    }

    private void drain() {
        do {
            for (Runnable event = waiting.poll(); event != null; event = waiting.poll()) {
                size.decrementAndGet();
                runGuarded(event);
            }
            draining.set(false);
        } while (!waiting.isEmpty() && draining.compareAndSet(false, true));
    }
}
