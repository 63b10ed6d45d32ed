package dev.nerve.task;

import dev.nerve.state.State;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One running background task, as listed by {@link BackgroundTasks} (R-BG-8). Cancelling interrupts
 * its thread: a task sleeping or waiting for the lock ends promptly and its {@code finally} blocks run.
 */
public final class BackgroundTask {
    private static final ThreadLocal<BackgroundTask> CURRENT = new ThreadLocal<>();

    private final long id;
    private final String token;
    private final Class<? extends State> state;
    private final String handler;
    private final Instant startedAt;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Thread thread;
    private volatile boolean cancelled;
    private volatile boolean ended;
    private Throwable blockFailure;

    BackgroundTask(long id, String token, Class<? extends State> state, String handler, Instant startedAt) {
        this.id = id;
        this.token = token;
        this.state = state;
        this.handler = handler;
        this.startedAt = startedAt;
    }

    /** The task running on the calling thread, or {@code null} on any other thread (including threads a task forks). */
    public static BackgroundTask current() {
        return CURRENT.get();
    }

    /** The task's id: unique within its engine and increasing in start order, for {@link BackgroundTasks#find}. */
    public long id() {
        return id;
    }

    /** The token (browser tab) the task runs for. */
    public String token() {
        return token;
    }

    /** The state class whose handler the task runs. */
    public Class<? extends State> state() {
        return state;
    }

    /** "TaskState.myTask". */
    public String handler() {
        return handler;
    }

    /** When the task was started, by the engine's clock. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Interrupts the task; returns false if its handler had already returned (its final delta is then left alone). */
    public boolean cancel() {
        if (ended || isDone()) return false;
        cancelled = true;
        Thread running = thread;
        if (running != null) running.interrupt();
        return true;
    }

    /** True once {@link #cancel()} has succeeded; the task may still be ending. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * True once the task has ended and its final delta was sent — for a cancelled task, once it has
     * ended: its final delta then goes out from another thread, possibly a moment later.
     */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** Waits up to {@code timeout} for the task to end; true if it did. */
    public boolean join(Duration timeout) throws InterruptedException {
        return done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Remembers the failure a lock block of this task reported, so the task does not report it again. */
    void blockFailed(Throwable failure) {
        blockFailure = failure;
    }

    /** True if {@code failure} is, or was caused by, the failure a lock block of this task last reported. */
    boolean isBlockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t == blockFailure) return true;
        }
        return false;
    }

    void start(Thread thread) {
        this.thread = thread;
        if (cancelled) thread.interrupt();
        thread.start();
    }

    /** The handler has returned: from now on a cancel must not interrupt the final delta. */
    void ended() {
        ended = true;
    }

    void enter() {
        CURRENT.set(this);
    }

    void finish() {
        CURRENT.remove();
        done.countDown();
    }

    @Override
    public String toString() {
        return "task " + id + " " + handler + " for " + token + " since " + startedAt;
    }
}
