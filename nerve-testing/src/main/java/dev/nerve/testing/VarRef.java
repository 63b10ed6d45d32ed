package dev.nerve.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.engine.Engine;
import dev.nerve.state.State;
import dev.nerve.state.StateContext;
import dev.nerve.state.StateModel;
import dev.nerve.state.Var;
import dev.nerve.state.VarModel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A var named the type-safe way, {@code s -> s.counter}: applied to a prototype instance of the state
 * class to find the var's name and value type.
 */
record VarRef<T>(String state, String name, VarModel model, ObjectMapper mapper) {
    private static final Map<Class<?>, State> PROTOTYPES = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    static <S extends State, T> VarRef<T> of(Engine engine, Class<S> type, Function<S, Var<T>> accessor) {
        StateModel<? extends State> model = engine.type(type).model();
        S prototype = type.cast(PROTOTYPES.computeIfAbsent(type, t -> model.instantiate(StateContext.detached())));
        Var<T> var = accessor.apply(prototype);
        VarModel varModel = StateModel.modelOf(var);
        if (varModel == null || var.owner() != prototype) {
            throw new IllegalArgumentException("the accessor must return a var field of its argument, like s -> s.counter");
        }
        return new VarRef<>(model.name(), varModel.name(), varModel, engine.config().mapper());
    }

    @SuppressWarnings("unchecked")
    T decode(JsonNode json) {
        if (json == null) return null;
        return (T) mapper.convertValue(json, model.type());
    }
}
