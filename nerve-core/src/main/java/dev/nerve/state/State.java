package dev.nerve.state;

import dev.nerve.event.EventSpec;
import dev.nerve.event.HandlerRef;
import dev.nerve.event.MethodRefs;
import dev.nerve.protocol.ServerMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Base class of application state. Nerve keeps one instance per browser tab (token) and state class;
 * its {@code final} {@link Var} fields are the state, its {@code @Event} methods the handlers the
 * browser may call, its {@link Computed} methods derived values.
 *
 * <p>A state class needs a no-argument constructor. Normal handlers run one at a time per token,
 * holding the token's lock; background handlers ({@code @Event(background = true)}) run on their own
 * virtual thread and change state only inside {@link #lock(LockBody) lock blocks}.
 */
public abstract class State {
    private final List<Var<?>> declared = new ArrayList<>();
    private volatile StateContext context = StateContext.detached();

    protected State() { }

    /** Declares a client var: stored, and sent to the browser whenever it changes. */
    protected final <T> Var<T> var(T initial) {
        return declare(new Var<>(this, initial, false));
    }

    /** Declares a backend var: stored and usable by computed vars, never sent to the browser. */
    protected final <T> Var<T> backendVar(T initial) {
        return declare(new Var<>(this, initial, true));
    }

    /** Declares a list var holding {@code initial}, in order. */
    @SafeVarargs
    protected final <E> ListVar<E> listVar(E... initial) {
        return declare(new ListVar<>(this, Arrays.asList(initial), false));
    }

    /** Declares a list var holding a copy of {@code initial}. */
    protected final <E> ListVar<E> listVar(List<? extends E> initial) {
        return declare(new ListVar<>(this, initial, false));
    }

    /** Declares a backend list var (never sent to the browser). */
    @SafeVarargs
    protected final <E> ListVar<E> backendListVar(E... initial) {
        return declare(new ListVar<>(this, Arrays.asList(initial), true));
    }

    /** Declares a map var holding a copy of {@code initial}. */
    protected final <K, V> MapVar<K, V> mapVar(Map<? extends K, ? extends V> initial) {
        return declare(new MapVar<>(this, initial, false));
    }

    /** Declares an empty map var. */
    protected final <K, V> MapVar<K, V> mapVar() {
        return mapVar(Map.of());
    }

    /** Declares a backend map var (never sent to the browser). */
    protected final <K, V> MapVar<K, V> backendMapVar() {
        return declare(new MapVar<>(this, Map.of(), true));
    }

    /** Declares a set var holding {@code initial}. */
    @SafeVarargs
    protected final <E> SetVar<E> setVar(E... initial) {
        return declare(new SetVar<>(this, Arrays.asList(initial), false));
    }

    /** Declares a set var holding a copy of {@code initial}. */
    protected final <E> SetVar<E> setVar(Collection<? extends E> initial) {
        return declare(new SetVar<>(this, initial, false));
    }

    /**
     * Runs {@code body} as a lock block: waits for the token's lock, refreshes this state (and any
     * other state it touches) from the store, and lets the body write. When the body returns, the
     * changes are stored, sent to the browser as one delta, and the lock is released. When it
     * throws, its changes since the last {@link #push()} are rolled back, the browser is told of the
     * error, and the exception propagates.
     *
     * <p>For background tasks only: a normal handler already holds the lock, and opening a block
     * while this thread holds it throws {@link ImmutableStateException} at once.
     *
     * @throws InterruptedException if the task is cancelled while waiting for the lock
     */
    public final <X extends Exception> void lock(LockBody<X> body) throws X, InterruptedException {
        context.lock(this, () -> {
            body.run();
            return null;
        });
    }

    /** Like {@link #lock(LockBody)}, returning what {@code call} returns. */
    public final <T, X extends Exception> T lock(LockCall<T, X> call) throws X, InterruptedException {
        return context.lock(this, call);
    }

    /**
     * Inside a handler or lock block: stores and sends the changes made so far, then carries on
     * holding the lock. A later failure rolls back only to here. Outside a lock block it throws
     * {@link ImmutableStateException}.
     */
    public final void push() {
        context.push();
    }

    /**
     * Starts an event for this token without a browser round trip: a normal handler is queued behind
     * the token's waiting events; a background handler starts at once. Allowed anywhere, including a
     * background task outside a lock block; it never takes or sends a delta.
     */
    public final void emit(EventSpec spec) {
        context.emit(spec);
    }

    /**
     * Cancels this tab's running instances of a background handler, e.g. {@code cancel(Job::run)}:
     * their threads are interrupted, so a task sleeping or waiting for the lock ends promptly and its
     * {@code finally} blocks run. Returns how many were running.
     */
    public final <S extends State> int cancel(HandlerRef<S> handler) {
        MethodRefs.Target target = MethodRefs.resolve(handler);
        @SuppressWarnings("unchecked")
        Class<? extends State> state = (Class<? extends State>) target.receiver();
        return context.cancel(state, target.method());
    }

    /**
     * Shows {@code message} to the user as a toast. Inside a handler or lock block it goes out with
     * the block's changes (and not at all if the block fails); elsewhere at once.
     */
    public final void toast(String message) {
        toast(message, "info");
    }

    /** A toast with a level: "info", "success", "warning" or "error". */
    public final void toast(String message, String level) {
        context.act(new ServerMessage.Toast(message, level));
    }

    /** Sends the tab to {@code url} (a path on this site, or an http(s) URL), like {@link #toast} in timing. */
    public final void redirect(String url) {
        context.act(new ServerMessage.Redirect(url));
    }

    /**
     * The same token's instance of another state class. Inside a handler or lock block it is
     * refreshed and writable under the same lock; elsewhere it may be read but not written.
     */
    public final <S extends State> S state(Class<S> type) {
        return context.state(type);
    }

    /** Sets every var of this state back to its declared value; a write like any other. */
    public final void reset() {
        for (Var<?> var : declared) var.checkWritable();
        for (Var<?> var : declared) resetVar(var);
    }

    /** The token (browser tab) this instance belongs to, or {@code null} outside an engine. */
    public final String token() {
        return context.token();
    }

    final StateContext context() {
        return context;
    }

    final void attach(StateContext context) {
        this.context = context;
    }

    final List<Var<?>> declaredVars() {
        return declared;
    }

    private <V extends Var<?>> V declare(V var) {
        declared.add(var);
        return var;
    }

    private static <T> void resetVar(Var<T> var) {
        var.set(var.initial());
    }
}
