package dev.nerve.task;

import dev.nerve.event.StateType;
import dev.nerve.protocol.RawJson;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.ComputedValue;
import dev.nerve.state.State;
import dev.nerve.state.StateModel;
import dev.nerve.state.Var;
import dev.nerve.state.VarModel;
import dev.nerve.store.Acquired;
import dev.nerve.store.Lease;
import dev.nerve.store.StoredState;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One hold of a token's lock: by a normal handler for its whole run, by a lock block, or by the
 * framework. This is where changes are tracked and where a hold ends:
 *
 * <ul>
 *   <li>{@link #flush} (a push, or the first half of a commit): encode the changed vars and the
 *       computed vars that changed → store them → send the delta, then the toasts and redirects
 *       → dispatch the events emitted meanwhile. Nothing is sent that is not stored (R-BG-2, R-EV-5).</li>
 *   <li>{@link #commit}: flush, then release the lock.</li>
 *   <li>{@link #rollback}: every var changed since the last flush takes its old value back, emitted
 *       events and client actions are dropped, nothing is stored or sent, the lock is released.</li>
 * </ul>
 *
 * Used by the thread that opened it only; other threads see it through {@link #isOwner()}.
 */
public final class LockSession {
    private final TokenSession token;
    private final SessionKind kind;
    private final Lease lease;
    private final Thread owner = Thread.currentThread();
    private final Map<Var<?>, Object> undo = new LinkedHashMap<>();
    private final Set<LoadedState> refreshed = new HashSet<>();
    private final List<Chained> emitted = new ArrayList<>();
    private final List<ServerMessage> actions = new ArrayList<>();
    private boolean open = true;

    private LockSession(TokenSession token, SessionKind kind, Lease lease) {
        this.token = token;
        this.kind = kind;
        this.lease = lease;
    }

    /** Waits for the token's lock and makes this thread its writer. */
    static LockSession open(TokenSession token, SessionKind kind) throws InterruptedException {
        List<LoadedState> loaded = List.copyOf(token.loadedStates());
        Acquired acquired = token.sessions().store().acquire(token.token(), versions(loaded));
        LockSession session = new LockSession(token, kind, acquired.lease());
        try {
            session.applyRefresh(loaded, acquired.changed());
        } catch (RuntimeException | Error e) {
            session.lease.release();
            throw e;
        }
        token.activate(session);
        return session;
    }

    /** True if the calling thread holds this session. */
    public boolean isOwner() {
        return owner == Thread.currentThread() && open;
    }

    /** Who holds this session: a normal handler, a lock block, or the framework. */
    public SessionKind kind() {
        return kind;
    }

    /** The token's instance of {@code type}, refreshed from the store on first use in this session. */
    State instance(StateType type) {
        LoadedState loaded = token.loaded(type);
        if (!refreshed.contains(loaded)) refresh(List.of(loaded));
        return loaded.instance();
    }

    /** Remembers the value a var had before its first change since the last flush. */
    void recordChange(Var<?> var, Object oldValue) {
        if (!undo.containsKey(var)) undo.put(var, oldValue);
    }

    /** True if {@code var} has not been changed since the last flush. */
    boolean isFirstChange(Var<?> var) {
        return !undo.containsKey(var);
    }

    void emit(Chained event) {
        emitted.add(event);
    }

    /** A toast or redirect, sent after the next flush's delta; dropped by a rollback. */
    void act(ServerMessage action) {
        actions.add(action);
    }

    /** {@code push()}: flush and keep holding the lock. */
    void push() {
        flush(null, false);
    }

    /** Flush, then release the lock. {@code event} is the browser event this finishes, or null. */
    void commit(Long event) {
        commit(event, false);
    }

    /** Like {@link #commit(Long)}; {@code allComputed} recomputes every computed var, not just stale ones. */
    void commit(Long event, boolean allComputed) {
        flush(event, allComputed);
        close();
    }

    /** Restores every var changed since the last flush, drops emitted events, releases the lock. */
    void rollback() {
        undo.forEach(StateModel::restore);
        undo.clear();
        emitted.clear();
        actions.clear();
        close();
    }

    /** Releases the lock if the session is still open (after a failure that left it so). */
    void closeIfOpen() {
        if (open) rollback();
    }

    private void flush(Long event, boolean allComputed) {
        Map<String, Map<String, String>> stored = new LinkedHashMap<>();
        Map<String, Map<String, RawJson>> delta = new LinkedHashMap<>();
        try {
            encodeChangedVars(stored, delta);
            encodeChangedComputed(delta, allComputed);
            if (!stored.isEmpty()) token.sessions().store().save(lease, stored).forEach(token::stored);
            else if (!delta.isEmpty()) lease.verify(); // nothing to store, but nothing may be sent without the lock either
        } catch (RuntimeException | Error e) {
            token.forgetComputed();
            throw e;
        }
        undo.clear();
        List<ServerMessage> out = new ArrayList<>();
        if (!delta.isEmpty() || event != null) out.add(new ServerMessage.Delta(delta, event));
        out.addAll(actions);
        actions.clear();
        List<Chained> next = List.copyOf(emitted);
        emitted.clear();
        Delivery.afterCommit(token, out, next);
    }

    private void encodeChangedVars(Map<String, Map<String, String>> stored, Map<String, Map<String, RawJson>> delta) {
        for (Var<?> var : undo.keySet()) {
            VarModel model = StateModel.modelOf(var);
            String json = LoadedState.encode(var, token.sessions().codec());
            stored.computeIfAbsent(model.stateName(), n -> new LinkedHashMap<>()).put(model.name(), json);
            if (!model.backend()) delta.computeIfAbsent(model.stateName(), n -> new LinkedHashMap<>()).put(model.name(), new RawJson(json));
        }
    }

    private void encodeChangedComputed(Map<String, Map<String, RawJson>> delta, boolean all) {
        Set<Var<?>> changed = undo.keySet();
        for (LoadedState loaded : token.loadedStates()) {
            for (ComputedValue computed : loaded.computed()) {
                if (all) computed.invalidate();
                if (!computed.isStale(changed)) continue;
                String json = computed.refresh(token.sessions().codec());
                if (json != null) delta.computeIfAbsent(loaded.name(), n -> new LinkedHashMap<>()).put(computed.name(), new RawJson(json));
            }
        }
    }

    /** Brings the given instances up to the store's version, in one store round trip (R-BG-2). */
    private void refresh(Collection<LoadedState> states) {
        if (states.isEmpty()) return;
        applyRefresh(states, token.sessions().store().loadChanged(token.token(), versions(states)));
    }

    private void applyRefresh(Collection<LoadedState> states, Map<String, StoredState> newer) {
        for (LoadedState loaded : states) {
            StoredState stored = newer.get(loaded.name());
            if (stored != null) loaded.apply(stored, token.sessions().codec());
            refreshed.add(loaded);
        }
    }

    private static Map<String, Long> versions(Collection<LoadedState> states) {
        Map<String, Long> known = new HashMap<>();
        for (LoadedState loaded : states) known.put(loaded.name(), loaded.version());
        return known;
    }

    private void close() {
        open = false;
        token.deactivate(this);
        lease.release();
    }
}
