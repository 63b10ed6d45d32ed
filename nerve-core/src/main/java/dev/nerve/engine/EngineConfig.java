package dev.nerve.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import dev.nerve.store.StateStore;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Settings of an {@link Engine}, edited in the lambda passed to {@link Engine#create}. Every setting
 * has a default that suits one process serving one app.
 */
public final class EngineConfig {
    private final List<Class<? extends State>> states = new ArrayList<>();
    private StateStore store;
    private String storeUrl;
    private Duration tokenTimeToLive = Duration.ofHours(1);
    private Clock clock = Clock.systemUTC();
    private int maxMessageBytes = 1 << 20;
    private boolean errorDetails = false;
    private int maxTasksPerToken = 100;
    private int maxQueuedEvents = 10_000;
    private ObjectMapper mapper = StateCodec.defaultMapper();

    EngineConfig() { }

    /** Registers state classes now, so a mistake in one fails at start-up (R-EV-6). */
    @SafeVarargs
    public final EngineConfig states(Class<? extends State>... types) {
        states.addAll(List.of(types));
        return this;
    }

    /** Where state and locks live; default: a {@link dev.nerve.store.MemoryStore} owned by the engine. */
    public EngineConfig store(StateStore store) {
        this.store = Objects.requireNonNull(store);
        return this;
    }

    /**
     * Where state and locks live, by URL, e.g. {@code redis://localhost:6379/0}: the store is opened
     * through the {@link dev.nerve.store.StoreProvider} on the class path that accepts it (for
     * Redis, {@code nerve-redis}), owned by the engine, and closed with it. A bad URL or an
     * unreachable store fails {@link Engine#create} with a message saying so. {@code null} or blank
     * means the default memory store; {@link #store(StateStore)} wins over this.
     */
    public EngineConfig storeUrl(String url) {
        this.storeUrl = url == null || url.isBlank() ? null : url.trim();
        return this;
    }

    /** How long a token lives unused: no event, no running task, no connected tab (R-CON-3). Default one hour. */
    public EngineConfig tokenTimeToLive(Duration timeToLive) {
        if (timeToLive.isNegative() || timeToLive.isZero()) throw new IllegalArgumentException("tokenTimeToLive must be positive");
        this.tokenTimeToLive = timeToLive;
        return this;
    }

    /** The clock for task start times and token expiry; tests pass a controllable one. */
    public EngineConfig clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        return this;
    }

    /** The largest client message accepted, in UTF-8 bytes; default 1 MiB. */
    public EngineConfig maxMessageBytes(int bytes) {
        if (bytes < 64) throw new IllegalArgumentException("maxMessageBytes must be at least 64");
        this.maxMessageBytes = bytes;
        return this;
    }

    /**
     * Whether error messages sent to the browser include the exception of a failed handler. Off by
     * default, so production apps do not show internals; turn it on while developing. Nerve's own
     * errors (bad events, writes outside a lock) are always explained; the server log always has the
     * stack trace.
     */
    public EngineConfig errorDetails(boolean show) {
        this.errorDetails = show;
        return this;
    }

    /**
     * How many background tasks one token may run at once (default 100); a browser event that would
     * start one more gets an error instead, so a tab cannot exhaust the server.
     */
    public EngineConfig maxTasksPerToken(int tasks) {
        if (tasks < 1) throw new IllegalArgumentException("maxTasksPerToken must be at least 1");
        this.maxTasksPerToken = tasks;
        return this;
    }

    /**
     * How many browser events of one tab may wait to run (default 10,000); more are refused with an
     * error message, so one tab cannot queue work without end.
     */
    public EngineConfig maxQueuedEvents(int events) {
        if (events < 1) throw new IllegalArgumentException("maxQueuedEvents must be at least 1");
        this.maxQueuedEvents = events;
        return this;
    }

    /** The configured {@link #maxQueuedEvents(int)}. */
    public int maxQueuedEvents() {
        return maxQueuedEvents;
    }

    /** The Jackson mapper for var values and event arguments; default {@link StateCodec#defaultMapper()}. */
    public EngineConfig mapper(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper);
        return this;
    }

    /** The state classes registered so far, as a copy. */
    public List<Class<? extends State>> states() {
        return List.copyOf(states);
    }

    /** The configured store, or {@code null} for the default memory store. */
    public StateStore store() {
        return store;
    }

    /** The configured store URL, or {@code null}. */
    public String storeUrl() {
        return storeUrl;
    }

    /** The configured {@link #tokenTimeToLive(Duration)}. */
    public Duration tokenTimeToLive() {
        return tokenTimeToLive;
    }

    /** The configured {@link #clock(Clock)}. */
    public Clock clock() {
        return clock;
    }

    /** The configured {@link #maxMessageBytes(int)}. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /** The configured {@link #errorDetails(boolean)}. */
    public boolean errorDetails() {
        return errorDetails;
    }

    /** The configured {@link #maxTasksPerToken(int)}. */
    public int maxTasksPerToken() {
        return maxTasksPerToken;
    }

    /** The configured {@link #mapper(ObjectMapper)}. */
    public ObjectMapper mapper() {
        return mapper;
    }
}
