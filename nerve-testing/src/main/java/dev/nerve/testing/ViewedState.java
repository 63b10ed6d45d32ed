package dev.nerve.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nerve.engine.Engine;
import dev.nerve.state.State;
import dev.nerve.state.StateContext;
import dev.nerve.state.StateModel;
import dev.nerve.state.VarModel;

import java.util.function.BiFunction;

/** Builds a detached state instance holding the values a tab received. */
final class ViewedState {
    private ViewedState() { }

    static <S extends State> S of(Engine engine, Class<S> type, BiFunction<String, String, JsonNode> received) {
        StateModel<? extends State> model = engine.type(type).model();
        S copy = type.cast(model.instantiate(StateContext.detached()));
        for (VarModel var : model.vars()) {
            JsonNode json = received.apply(model.name(), var.name());
            if (json != null) {
                Object value = engine.config().mapper().convertValue(json, var.type());
                StateModel.restore(model.varOf(copy, var), value);
            }
        }
        return copy;
    }
}
