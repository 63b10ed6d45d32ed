package dev.nerve.task;

import dev.nerve.event.Arguments;
import dev.nerve.event.StateTypes;
import dev.nerve.state.StateCodec;
import dev.nerve.store.StateStore;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;

/**
 * The engine's tokens on this process, and what they all share: the store, the JSON codec, the
 * registered state types, the background tasks, the threads events and tasks run on.
 */
public final class TokenSessions {
    private final Map<String, TokenSession> sessions = new ConcurrentHashMap<>();
    private final StateStore store;
    private final StateCodec codec;
    private final Arguments arguments;
    private final StateTypes types;
    private final BackgroundTasks tasks;
    private final ThreadFactory eventThreads;
    private final Clock clock;
    private final boolean errorDetails;
    private volatile boolean closing;

    /**
     * @param errorDetails     whether the browser's error messages include application exception messages
     * @param maxTasksPerToken how many background tasks one token may run at once
     */
    public TokenSessions(StateStore store, StateCodec codec, StateTypes types, Clock clock, boolean errorDetails, int maxTasksPerToken) {
        this.store = store;
        this.codec = codec;
        this.arguments = new Arguments(codec.mapper());
        this.types = types;
        this.clock = clock;
        this.errorDetails = errorDetails;
        this.eventThreads = Thread.ofVirtual().name("nerve-event-", 0).factory();
        this.tasks = new BackgroundTasks(Thread.ofVirtual().name("nerve-task-", 0).factory(), clock, maxTasksPerToken);
    }

    /** The session of {@code token}, created if this process has none yet (its state then loads from the store). */
    public TokenSession get(String token) {
        return sessions.computeIfAbsent(token, t -> new TokenSession(t, this));
    }

    public Optional<TokenSession> existing(String token) {
        return Optional.ofNullable(sessions.get(token));
    }

    /**
     * Forgets sessions unused since {@code cutoff} with nothing running and no tab connected; touches
     * the store for the others, so a connected tab or a running task keeps its token alive.
     */
    public int evictIdle(Instant cutoff) {
        int before = sessions.size();
        for (String token : sessions.keySet()) {
            sessions.computeIfPresent(token, (t, session) -> session.retireIfIdleSince(cutoff) ? null : session);
        }
        for (TokenSession session : sessions.values()) {
            if (!session.isIdle()) {
                session.used();
                store.touch(session.token());
            }
        }
        return before - sessions.size();
    }

    /** Marks the engine as shutting down: tasks ending now skip their final sync. */
    public void closing() {
        closing = true;
    }

    boolean isClosing() {
        return closing;
    }

    public int size() {
        return sessions.size();
    }

    public StateStore store() {
        return store;
    }

    public StateCodec codec() {
        return codec;
    }

    public Arguments arguments() {
        return arguments;
    }

    public StateTypes types() {
        return types;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    Clock clock() {
        return clock;
    }

    ThreadFactory eventThreads() {
        return eventThreads;
    }

    boolean errorDetails() {
        return errorDetails;
    }
}
