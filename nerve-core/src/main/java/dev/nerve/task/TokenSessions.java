package dev.nerve.task;

import dev.nerve.event.Arguments;
import dev.nerve.event.StateTypes;
import dev.nerve.state.StateCodec;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.store.LocalTabs;
import dev.nerve.store.StateStore;
import dev.nerve.store.TabRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The engine's tokens on this process, and what they all share: the store, the JSON codec, the
 * registered state types, the background tasks, the threads events and tasks run on.
 */
public final class TokenSessions implements LocalTabs {
    private static final Logger log = LoggerFactory.getLogger(TokenSessions.class);
    private static final int REHYDRATE_ATTEMPTS = 50;
    private static final java.time.Duration REHYDRATE_PAUSE = java.time.Duration.ofMillis(200);
    private final Map<String, TokenSession> sessions = new ConcurrentHashMap<>();
    private final StateStore store;
    private final TabRelay relay;
    private final String processId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong connections = new AtomicLong();
    private final StateCodec codec;
    private final Arguments arguments;
    private final StateTypes types;
    private final BackgroundTasks tasks;
    private final ThreadFactory eventThreads;
    private final Clock clock;
    private final boolean errorDetails;
    private volatile boolean closing;
    private final int maxQueuedEvents;

    /**
     * @param errorDetails     whether the browser's error messages include application exception messages
     * @param maxTasksPerToken how many background tasks one token may run at once
     * @param maxQueuedEvents  how many browser events of one tab may wait to run before more are refused
     */
    public TokenSessions(StateStore store, TabRelay relay, StateCodec codec, StateTypes types, Clock clock, boolean errorDetails, int maxTasksPerToken, int maxQueuedEvents) {
        this.store = store;
        this.relay = relay;
        this.codec = codec;
        this.arguments = new Arguments(codec.mapper());
        this.types = types;
        this.clock = clock;
        this.errorDetails = errorDetails;
        this.maxQueuedEvents = maxQueuedEvents;
        this.eventThreads = Thread.ofVirtual().name("nerve-event-", 0).factory();
        this.tasks = new BackgroundTasks(Thread.ofVirtual().name("nerve-task-", 0).factory(), clock, maxTasksPerToken);
    }

    /** The session of {@code token}, created if this process has none yet (its state then loads from the store). */
    public TokenSession get(String token) {
        return sessions.computeIfAbsent(token, t -> new TokenSession(t, this));
    }

    /** The session of {@code token} if this process has one; unlike {@link #get}, never creates one. */
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

    @Override
    public void deliver(String token, ServerMessage message) {
        TokenSession session = sessions.get(token);
        if (session != null) session.deliver(message);
    }

    @Override
    public void replaced(String token, String connection) {
        TokenSession session = sessions.get(token);
        if (session != null) session.replaced(connection);
    }

    @Override
    public void rehydrate(String token) {
        TokenSession session = sessions.get(token);
        if (session != null && session.isConnected()) Thread.ofVirtual().name("nerve-rehydrate").start(() -> rehydrate(session));
    }

    /** Hydrates the tab again; while the store is still coming back, tries again for a while. */
    private static void rehydrate(TokenSession session) {
        for (int attempt = 1; session.isConnected(); attempt++) {
            try {
                session.hydrate(session.hydratedStates());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (attempt == REHYDRATE_ATTEMPTS) {
                    log.warn("could not send token {} its state again: {}", session.token(), e.toString());
                    return;
                }
            }
            try {
                Thread.sleep(REHYDRATE_PAUSE);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A new id for one connection of a tab, unique across processes sharing a store. */
    String newConnectionId() {
        return processId + "-" + connections.incrementAndGet();
    }

    /** Marks the engine as shutting down: tasks ending now skip their final sync. */
    public void closing() {
        closing = true;
    }

    boolean isClosing() {
        return closing;
    }

    /** How many tokens have a session on this process. */
    public int size() {
        return sessions.size();
    }

    TabRelay relay() {
        return relay;
    }

    /** The store that holds every token's state and lock. */
    public StateStore store() {
        return store;
    }

    /** The codec var values are stored and sent with. */
    public StateCodec codec() {
        return codec;
    }

    /** The decoder of browser events' arguments. */
    public Arguments arguments() {
        return arguments;
    }

    /** The registered state classes. */
    public StateTypes types() {
        return types;
    }

    /** The running background tasks of every token. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    Clock clock() {
        return clock;
    }

    ThreadFactory eventThreads() {
        return eventThreads;
    }

    int maxQueuedEvents() {
        return maxQueuedEvents;
    }


    boolean errorDetails() {
        return errorDetails;
    }
}
