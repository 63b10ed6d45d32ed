package dev.nerve.task;

import dev.nerve.event.BadEventException;
import dev.nerve.event.EventQueue;
import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerModel;
import dev.nerve.event.StateType;
import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ComputedValue;
import dev.nerve.state.ImmutableStateException;
import dev.nerve.state.LockCall;
import dev.nerve.state.State;
import dev.nerve.state.StateContext;
import dev.nerve.state.StateModel;
import dev.nerve.state.Var;
import dev.nerve.state.VarModel;
import dev.nerve.protocol.Protocol;
import dev.nerve.store.StoredState;
import dev.nerve.store.TabRelay;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything one token (browser tab) has on this engine: its live state instances, its event queue,
 * the lock session currently open for it, and the channel of its connected tab. It is the
 * {@link StateContext} of its instances, so the write guard lives here: a write is allowed only on the
 * thread that holds the token's open {@link LockSession} (R-BG-3).
 */
public final class TokenSession implements StateContext {
    private final String token;
    private final TokenSessions sessions;
    private final EventQueue queue;
    private final Map<StateType, LoadedState> loaded = new ConcurrentHashMap<>();
    private volatile LockSession active;
    private final ReentrantLock attaching = new ReentrantLock();
    private volatile ClientChannel channel;
    private volatile String tabId;
    private volatile String connection;
    private volatile Set<String> hydrated;
    private volatile boolean retired;
    private volatile Instant lastUsed;

    TokenSession(String token, TokenSessions sessions) {
        this.token = token;
        this.sessions = sessions;
        this.queue = new EventQueue(sessions.eventThreads());
        this.lastUsed = sessions.clock().instant();
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public void checkWrite(Var<?> var) {
        LockSession session = active;
        if (session != null && session.isOwner()) {
            if (session.kind() == SessionKind.HANDLER && session.isFirstChange(var) && typeOf(var).hasBackgroundHandlers()) {
                DirectCalls.check(this, false);
            }
            return;
        }
        throw new ImmutableStateException(writeOutsideLock(var));
    }

    @Override
    public void recordChange(Var<?> var, Object oldValue) {
        active.recordChange(var, oldValue);
    }

    @Override
    public <T, X extends Exception> T lock(State state, LockCall<T, X> call) throws X, InterruptedException {
        LockSession session = active;
        boolean onTask = BackgroundTask.current() != null;
        DirectCalls.check(this, onTask);
        if (session != null && session.isOwner()) {
            throw new ImmutableStateException(session.kind() == SessionKind.HANDLER
                    ? "lock() inside a normal event handler: the handler already holds the token's lock, so just write"
                    : "nested lock(): this thread already holds the token's lock in an enclosing lock block");
        }
        return LockBlock.run(this, typeOf(state), call);
    }

    @Override
    public void push() {
        LockSession session = active;
        if (session == null || !session.isOwner()) {
            throw new ImmutableStateException("push() outside a lock block: only a handler or a lock block holds changes to push");
        }
        session.push();
    }

    @Override
    public void emit(EventSpec spec) {
        Chained chained = Chained.resolve(spec, sessions);
        LockSession session = active;
        if (session != null && session.isOwner()) session.emit(chained);
        else dispatch(chained);
    }

    @Override
    public void act(ServerMessage action) {
        LockSession session = active;
        if (session != null && session.isOwner()) session.act(action);
        else send(action);
    }

    @Override
    public int cancel(Class<? extends State> state, String handler) {
        String name = sessions.types().of(state).name() + "." + handler;
        int cancelled = 0;
        for (BackgroundTask task : sessions.tasks().of(token)) {
            if (task.handler().equals(name) && task.cancel()) cancelled++;
        }
        return cancelled;
    }

    @Override
    public <S extends State> S state(Class<S> type) {
        StateType stateType = sessions.types().of(type);
        LockSession session = active;
        State instance = session != null && session.isOwner() ? session.instance(stateType) : loaded(stateType).instance();
        return type.cast(instance);
    }

    /** Runs a browser event: a normal handler joins the queue; a background handler starts at once. */
    public void submit(HandlerModel handler, Object[] args, long event) {
        used();
        StateType type = sessions.types().of(handler.state());
        if (handler.background()) {
            try {
                sessions.tasks().start(this, type, handler, args);
            } catch (TooManyTasksException e) {
                throw e.asBadEvent();
            }
            send(new ServerMessage.Delta(Map.of(), event));
        } else {
            if (queue.waiting() >= sessions.maxQueuedEvents()) {
                throw new BadEventException(handler.qualifiedName() + " was dropped: " + queue.waiting()
                        + " events of this tab are already waiting to run");
            }
            queue.submit(() -> HandlerRun.run(this, type, handler, args, event));
        }
    }

    /** Runs a server-side event (returned, emitted, or chained by a task). */
    void dispatch(Chained event) {
        if (event.handler().background()) sessions.tasks().start(this, event.type(), event.handler(), event.args());
        else queue.submit(() -> HandlerRun.run(this, event.type(), event.handler(), event.args(), null));
    }

    /**
     * Sends the tab the state of its token, under the lock so it equals what is stored (R-CON-1).
     *
     * @param states names of the states to include, or {@code null} for every registered state
     */
    public void hydrate(Set<String> states) throws InterruptedException {
        used();
        hydrated = states;
        Hydration.send(this, states);
    }

    /** The states the connected tab was last hydrated with ({@code null}: all). */
    Set<String> hydratedStates() {
        return hydrated;
    }

    /**
     * Connects a tab's channel, unless another tab holds the token. The same tab connecting again
     * replaces its older channel (a reconnect that overlaps the old connection's close).
     */
    public Attached attach(ClientChannel channel, String tabId) {
        attaching.lock();
        try {
            if (retired) return new Attached(false, true, null);
            ClientChannel previous = this.channel;
            if (previous != null && (tabId == null || !tabId.equals(this.tabId))) return new Attached(true, false, null);
            String claimed = sessions.newConnectionId();
            if (sessions.relay().claim(token, tabId, claimed) == TabRelay.Claim.TAKEN) return new Attached(true, false, null);
            this.channel = channel;
            this.tabId = tabId;
            this.connection = claimed;
            used();
            return new Attached(false, false, previous);
        } finally {
            attaching.unlock();
        }
    }

    /**
     * What {@link #attach} did.
     *
     * @param taken    another live tab holds the token; nothing was attached
     * @param retired  the session expired just now; nothing was attached, ask for the token's new session
     * @param replaced the same tab's older channel, now detached, or {@code null}
     */
    public record Attached(boolean taken, boolean retired, ClientChannel replaced) { }

    /** Retires the session if it is idle and unused since {@code cutoff}; a retired session accepts no tab. */
    boolean retireIfIdleSince(Instant cutoff) {
        attaching.lock();
        try {
            if (isIdle() && lastUsed.isBefore(cutoff)) retired = true;
            return retired;
        } finally {
            attaching.unlock();
        }
    }

    /** Disconnects {@code channel} if it is still the attached one. */
    public void detach(ClientChannel channel) {
        attaching.lock();
        try {
            if (this.channel != channel) return;
            this.channel = null;
            sessions.relay().leave(token, connection);
        } finally {
            attaching.unlock();
        }
    }

    /** The same tab connected again on another instance: closes this one's connection if it is still {@code connection}. */
    void replaced(String connection) {
        ClientChannel replaced;
        attaching.lock();
        try {
            if (!connection.equals(this.connection) || this.channel == null) return;
            replaced = this.channel;
            this.channel = null;
            sessions.relay().leave(token, connection);
        } finally {
            attaching.unlock();
        }
        replaced.close(Protocol.CLOSE_REPLACED, "the tab connected again");
    }

    /** True while a tab of this token is connected to this process. */
    public boolean isConnected() {
        return channel != null;
    }

    /** True when nothing runs or waits for this token and no tab is connected. */
    public boolean isIdle() {
        return channel == null && active == null && !queue.isBusy() && !sessions.tasks().isRunningFor(token);
    }

    /** When the token was last used here (an event, a ping, a connection, a lock); its expiry counts from then. */
    public Instant lastUsed() {
        return lastUsed;
    }

    /** Records use now, so the token does not expire (R-CON-3). */
    public void used() {
        lastUsed = sessions.clock().instant();
    }

    TokenSessions sessions() {
        return sessions;
    }

    /** Sends {@code message} to the token's tab, wherever it is connected (through the relay). */
    void send(ServerMessage message) {
        sessions.relay().send(token, message);
    }

    /** Hands {@code message} to the tab connected to this process, if any. */
    void deliver(ServerMessage message) {
        ClientChannel target = channel;
        if (target != null) target.send(message);
    }

    LoadedState loaded(StateType type) {
        return loaded.computeIfAbsent(type, this::load);
    }

    Collection<LoadedState> loadedStates() {
        return loaded.values();
    }

    void stored(String stateName, long version) {
        for (LoadedState state : loaded.values()) {
            if (state.name().equals(stateName)) state.stored(version);
        }
    }

    void forgetComputed() {
        for (LoadedState state : loaded.values()) state.computed().forEach(ComputedValue::forget);
    }

    void activate(LockSession session) {
        active = session;
        used();
    }

    void deactivate(LockSession session) {
        if (active == session) active = null;
    }

    private LoadedState load(StateType type) {
        LoadedState state = new LoadedState(type, type.model().instantiate(this));
        StoredState stored = sessions.store().load(token, type.name()).orElse(null);
        if (stored != null) state.apply(stored, sessions.codec());
        return state;
    }

    private StateType typeOf(Var<?> var) {
        return sessions.types().of(StateModel.modelOf(var).owner());
    }

    private StateType typeOf(State state) {
        return sessions.types().of(state.getClass());
    }

    private static String writeOutsideLock(Var<?> var) {
        VarModel model = StateModel.modelOf(var);
        BackgroundTask task = BackgroundTask.current();
        String who = task != null ? "background task " + task.handler() : "thread " + Thread.currentThread().getName();
        return model.label() + " written by " + who + " outside a lock block. A background task may change state only inside "
                + "lock(() -> { ... }), which refreshes the state and holds the token's lock.";
    }
}
