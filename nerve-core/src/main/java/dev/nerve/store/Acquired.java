package dev.nerve.store;

import java.util.Map;

/**
 * A token's lock, just taken, with the caller's states that changed in the store meanwhile.
 *
 * @param lease   the held lock
 * @param changed state name → stored state, for the states whose version differed from the caller's
 */
public record Acquired(Lease lease, Map<String, StoredState> changed) {

    public Acquired {
        changed = Map.copyOf(changed);
    }
}
