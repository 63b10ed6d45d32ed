package dev.nerve.ui;

import dev.nerve.event.EventSpec;
import dev.nerve.event.StateTypes;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.LockCall;
import dev.nerve.state.State;
import dev.nerve.state.StateContext;
import dev.nerve.state.Var;

import java.util.HashMap;
import java.util.Map;

/**
 * The template instances a view runs on, one per state class: their vars stand for bindings. A view
 * describes the page; it cannot write, lock, push or emit.
 */
final class Templates implements StateContext {
    private final StateTypes types;
    private final Map<Class<?>, State> instances = new HashMap<>();

    Templates(StateTypes types) {
        this.types = types;
    }

    <S extends State> S of(Class<S> type) {
        return type.cast(instances.computeIfAbsent(type, t -> types.of(type).model().instantiate(this)));
    }

    boolean isTemplate(Object instance) {
        return instance instanceof State state && instances.get(state.getClass()) == state;
    }

    @Override public String token() { return null; }

    @Override public void checkWrite(Var<?> var) { throw refused("write " + var.name()); }

    @Override public void recordChange(Var<?> var, Object oldValue) { throw refused("write " + var.name()); }

    @Override
    public <T, X extends Exception> T lock(State state, LockCall<T, X> call) { throw refused("open a lock block"); }

    @Override public void push() { throw refused("push()"); }

    @Override public void emit(EventSpec spec) { throw refused("emit()"); }

    @Override public void act(ServerMessage action) { throw refused("send " + action); }

    @Override public int cancel(Class<? extends State> state, String handler) { throw refused("cancel tasks"); }

    @Override
    public <S extends State> S state(Class<S> type) {
        return of(type);
    }

    private static IllegalStateException refused(String what) {
        return new IllegalStateException("a view describes the page and cannot " + what + "; do that in an @Event handler");
    }
}
