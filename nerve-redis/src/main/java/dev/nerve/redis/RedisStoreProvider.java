package dev.nerve.redis;

import dev.nerve.store.StateStore;
import dev.nerve.store.StoreProvider;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * Opens a {@link RedisStore} for {@code redis://} and {@code rediss://} URLs; found by
 * {@link java.util.ServiceLoader}, so {@code EngineConfig.storeUrl(...)} and {@code NERVE_REDIS_URL}
 * work as soon as {@code nerve-redis} is on the class path. Not for application code.
 */
public final class RedisStoreProvider implements StoreProvider {

    @Override
    public boolean accepts(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("redis") || scheme.equals("rediss");
    }

    @Override
    public StateStore open(URI url, Duration tokenTimeToLive) {
        return RedisStore.connect(url.toString(), config -> config.tokenTimeToLive(tokenTimeToLive), config -> { });
    }
}
