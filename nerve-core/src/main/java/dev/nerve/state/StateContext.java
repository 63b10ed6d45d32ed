package dev.nerve.state;

import dev.nerve.event.EventSpec;
import dev.nerve.protocol.ServerMessage;

/**
 * What a {@link State} instance asks of the runtime it is attached to: may this thread write, record
 * a change, open a lock block, push, emit, find a sibling state. The engine supplies one per token;
 * an instance created with {@code new} outside an engine is {@linkplain #detached() detached} and
 * behaves as a plain object, so handler logic can be unit-tested without the framework.
 */
public interface StateContext {

    /** The token this context serves, or {@code null} when detached. */
    String token();

    /** Throws {@link ImmutableStateException} unless the current thread may write {@code var} now. */
    void checkWrite(Var<?> var);

    /** Called after {@link #checkWrite} when {@code var} is about to change from {@code oldValue}. */
    void recordChange(Var<?> var, Object oldValue);

    /** Runs {@code call} as a lock block: see {@link State#lock(LockCall)}. */
    <T, X extends Exception> T lock(State state, LockCall<T, X> call) throws X, InterruptedException;

    /** Sends the changes made so far under the current lock: see {@link State#push()}. */
    void push();

    /** Queues or starts an event for this token: see {@link State#emit(EventSpec)}. */
    void emit(EventSpec spec);

    /** Sends the tab a client action (toast, redirect): see {@link State#toast(String)}. */
    void act(ServerMessage action);

    /** Cancels this token's running instances of a background handler; returns how many. */
    int cancel(Class<? extends State> state, String handler);

    /** The same token's instance of another state class: see {@link State#state(Class)}. */
    <S extends State> S state(Class<S> type);

    /** The context of an instance that lives outside any engine. */
    static StateContext detached() {
        return DetachedContext.INSTANCE;
    }
}
