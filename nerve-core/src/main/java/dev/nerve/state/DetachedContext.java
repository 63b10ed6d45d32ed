package dev.nerve.state;

import dev.nerve.event.EventSpec;
import dev.nerve.protocol.ServerMessage;

/** Context of a state created with {@code new} outside an engine: writes are free, framework calls fail clearly. */
enum DetachedContext implements StateContext {
    INSTANCE;

    @Override public String token() { return null; }

    @Override public void checkWrite(Var<?> var) { }

    @Override public void recordChange(Var<?> var, Object oldValue) { }

    @Override
    public <T, X extends Exception> T lock(State state, LockCall<T, X> call) throws X {
        throw notAttached("lock()");
    }

    @Override public void push() { throw notAttached("push()"); }

    @Override public void emit(EventSpec spec) { throw notAttached("emit()"); }

    @Override public void act(ServerMessage action) { }

    @Override public int cancel(Class<? extends State> state, String handler) { throw notAttached("cancel()"); }

    @Override
    public <S extends State> S state(Class<S> type) { throw notAttached("state(" + type.getSimpleName() + ".class)"); }

    private static IllegalStateException notAttached(String call) {
        return new IllegalStateException(call + " needs a state managed by a Nerve engine; this instance was created with new.");
    }
}
