package dev.nerve.event;

import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import dev.nerve.state.StateDefinitionException;
import dev.nerve.state.StateModel;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state classes an engine knows, by class and by wire name. Classes are registered at start-up;
 * one first met later (through {@code state(Other.class)} or an {@link EventSpec}) is registered
 * then, with the same checks.
 */
public final class StateTypes {
    private final Map<Class<?>, StateType> byClass = new ConcurrentHashMap<>();
    private final Map<String, StateType> byName = new ConcurrentHashMap<>();
    private final StateCodec codec;
    private final ReentrantLock registering = new ReentrantLock();

    /** An empty registry whose states encode their vars with {@code codec}. Thread-safe. */
    public StateTypes(StateCodec codec) {
        this.codec = codec;
    }

    /** The type of {@code type}, registering it first if needed; throws {@link StateDefinitionException}. */
    public StateType of(Class<? extends State> type) {
        StateType known = byClass.get(type);
        return known != null ? known : register(type);
    }

    /** The type registered under {@code name}, or {@code null}. */
    public StateType named(String name) {
        return byName.get(name);
    }

    /**
     * The handler a browser names as "StateName.method", or a {@link BadEventException} saying why
     * there is none: only {@code @Event} methods of registered states can be called (R-EV-1).
     */
    public HandlerModel handler(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        StateType type = dot > 0 ? byName.get(qualifiedName.substring(0, dot)) : null;
        HandlerModel handler = type == null ? null : type.handlers().get(qualifiedName.substring(dot + 1));
        if (handler == null) throw new BadEventException("no @Event handler '" + qualifiedName + "'");
        return handler;
    }

    /** The registered types, a live view in no particular order. */
    public Collection<StateType> all() {
        return byClass.values();
    }

    private StateType register(Class<? extends State> type) {
        registering.lock();
        try {
            StateType known = byClass.get(type);
            return known != null ? known : add(type);
        } finally {
            registering.unlock();
        }
    }

    private StateType add(Class<? extends State> type) {
        StateModel<? extends State> model = StateModel.of(type, codec);
        StateType created = StateType.of(model, HandlerTable.scan(type, codec.mapper().getTypeFactory()));
        StateType clash = byName.get(created.name());
        if (clash != null) {
            throw new StateDefinitionException(type, null, "another state class, " + clash.model().type().getName()
                    + ", has the same simple name; state names must be unique in an app");
        }
        byName.put(created.name(), created);
        byClass.put(type, created);
        return created;
    }
}
