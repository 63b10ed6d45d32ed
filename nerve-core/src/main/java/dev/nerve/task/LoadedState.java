package dev.nerve.task;

import dev.nerve.event.StateType;
import dev.nerve.state.ComputedModel;
import dev.nerve.state.ComputedValue;
import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import dev.nerve.state.StateEncodingException;
import dev.nerve.state.StateModel;
import dev.nerve.state.Var;
import dev.nerve.state.VarModel;
import dev.nerve.store.StoredState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * One token's live instance of one state class, with the store version it reflects and its computed
 * vars' caches. The same instance serves the token's handlers and background tasks; it is refreshed
 * from the store under the token's lock whenever the store has a newer version.
 */
final class LoadedState {
    private static final Logger log = LoggerFactory.getLogger(LoadedState.class);
    private final StateType type;
    private final State instance;
    private final List<ComputedValue> computed = new ArrayList<>();
    private volatile long version;

    LoadedState(StateType type, State instance) {
        this.type = type;
        this.instance = instance;
        for (ComputedModel model : type.model().computed()) computed.add(type.model().computedValue(instance, model));
    }

    StateType type() {
        return type;
    }

    State instance() {
        return instance;
    }

    String name() {
        return type.name();
    }

    List<ComputedValue> computed() {
        return computed;
    }

    void stored(long newVersion) {
        version = newVersion;
    }

    long version() {
        return version;
    }

    /** Replaces the values with {@code stored}, which is newer than what the instance holds. */
    void apply(StoredState stored, StateCodec codec) {
        StateModel<?> model = type.model();
        for (VarModel varModel : model.vars()) {
            Var<?> var = model.varOf(instance, varModel);
            String json = stored.vars().get(varModel.name());
            StateModel.restore(var, json == null ? var.initial() : decodeOrInitial(var, varModel, json, codec));
        }
        for (ComputedValue value : computed) value.forget();
        version = stored.version();
    }

    /** The value of {@code var} as JSON, for a delta or the store. */
    static String encode(Var<?> var, StateCodec codec) {
        return codec.encode(StateModel.modelOf(var).label(), StateModel.peek(var));
    }

    private static Object decodeOrInitial(Var<?> var, VarModel model, String json, StateCodec codec) {
        try {
            return codec.decode(model.label(), json, model.type());
        } catch (StateEncodingException e) {
            log.warn("{}; using its declared value instead", e.getMessage());
            return var.initial();
        }
    }
}
