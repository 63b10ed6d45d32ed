package dev.nerve.store;

import java.util.Map;

/**
 * One stored state: its version and its vars as JSON text.
 *
 * @param version goes up with every save; 0 means nothing was ever saved
 * @param vars    var name → JSON text
 */
public record StoredState(long version, Map<String, String> vars) {

    public StoredState {
        vars = Map.copyOf(vars);
    }
}
