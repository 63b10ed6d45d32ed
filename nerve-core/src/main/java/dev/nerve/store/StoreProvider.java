package dev.nerve.store;

import java.net.URI;
import java.time.Duration;

/**
 * Opens stores named by URL, found with {@link java.util.ServiceLoader}: putting a store module such
 * as {@code nerve-redis} on the class path is enough for {@code EngineConfig.storeUrl("redis://…")}.
 */
public interface StoreProvider {

    /** True if this provider opens stores for {@code url} (usually decided by its scheme). */
    boolean accepts(URI url);

    /**
     * Opens a store at {@code url}, failing with a {@link StoreException} that says what is wrong when
     * the URL is bad or the store cannot be reached.
     *
     * @param tokenTimeToLive how long a token's state lives unused (R-CON-3)
     */
    StateStore open(URI url, Duration tokenTimeToLive);
}
