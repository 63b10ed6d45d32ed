package dev.nerve.state;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The cached value of one computed var of one instance, with the vars it read last time. It is
 * recomputed only when it is invalid or one of those vars changed (R-VAR-3). Used under the token's
 * lock only.
 */
public final class ComputedValue {
    private final State instance;
    private final ComputedModel model;
    private Set<Var<?>> dependencies = Set.of();
    private boolean valid;
    private String json;

    ComputedValue(State instance, ComputedModel model) {
        this.instance = instance;
        this.model = model;
    }

    /** The computed var's name: its method name. */
    public String name() {
        return model.name();
    }

    /** Marks the value for recomputation, keeping what was last sent (a changed result is sent, an equal one not). */
    public void invalidate() {
        valid = false;
    }

    /**
     * Forgets the cached value and what was last sent, so the next refresh sends it whatever it is:
     * after the instance was reloaded from the store, or a flush failed half way.
     */
    public void forget() {
        valid = false;
        json = null;
    }

    /** True when the value must be recomputed because it is invalid or read one of {@code changed}. */
    public boolean isStale(Set<Var<?>> changed) {
        if (!valid) return true;
        for (Var<?> var : dependencies) {
            if (changed.contains(var)) return true;
        }
        return false;
    }

    /**
     * Recomputes and encodes the value; returns the new JSON if it differs from the last one, else
     * {@code null}. A failing method throws with the computed var's name in the message.
     */
    public String refresh(StateCodec codec) {
        Set<Var<?>> reads = Collections.newSetFromMap(new IdentityHashMap<>());
        Object value = Reads.recording(reads, this::evaluate);
        String encoded = codec.encode(instance.getClass().getSimpleName() + "." + model.name(), value);
        dependencies = reads;
        valid = true;
        if (encoded.equals(json)) return null;
        json = encoded;
        return encoded;
    }

    /** The last encoded value, computing it first if needed. */
    public String json(StateCodec codec) {
        if (!valid || json == null) refresh(codec);
        return json;
    }

    private Object evaluate() {
        try {
            return model.getter().invoke(instance);
        } catch (Throwable e) {
            throw new ComputedFailedException(instance.getClass().getSimpleName() + "." + model.name() + " failed: " + e, e);
        }
    }
}
