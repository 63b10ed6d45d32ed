package dev.nerve.redis;

import dev.nerve.store.Acquired;
import dev.nerve.store.Lease;
import dev.nerve.store.LockLostException;
import dev.nerve.store.StateStore;
import dev.nerve.store.StoreException;
import dev.nerve.store.StoredState;
import dev.nerve.store.TabRelay;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * State, locks and delivery to tabs in Redis, so that any number of Nerve instances serve the same
 * users (R-RD-1…4). Each (token, state class) is a hash of var name → JSON with a version and an
 * expiry (the token time to live, renewed on use); only the states an event touches are read. The
 * lock is {@link RedisLock}; messages for tabs travel through {@link RedisRelay}.
 *
 * <pre>{@code
 * App.create(config -> config.storeUrl("redis://localhost:6379/0"))        // or NERVE_REDIS_URL
 * StateStore store = RedisStore.connect("redis://redis:6379/2", redis -> redis.lockExpiry(Duration.ofSeconds(20)));
 * }</pre>
 *
 * Settings may also be given in the URL's query, e.g. {@code redis://host:6379/0?lockExpiry=20s&lockWarning=5s}
 * (see {@link RedisConfig} for each). Thread-safe; close it to release its connections.
 */
public final class RedisStore implements StateStore {
    private final RedisLink link;
    private final RedisKeys keys;
    private final RedisConfig config;
    private final RedisLock lock;
    private final String instance = UUID.randomUUID().toString();
    private volatile RedisRelay relay;
    private final Script save = Script.load("state-save");
    private final Script loadChanged = Script.load("state-load-changed", "state-changed-function");
    private final Script touch = Script.load("state-touch");

    private RedisStore(RedisLink link, RedisConfig config, int database) {
        this.link = link;
        this.config = config;
        this.keys = new RedisKeys(config.prefix(), database);
        this.lock = new RedisLock(link, keys, config, instance);
    }

    /** Connects to the Redis at {@code url} with default settings (and those in the URL's query). */
    public static RedisStore connect(String url) {
        return connect(url, config -> { });
    }

    /**
     * Connects to the Redis at {@code url}, then applies {@code configure}.
     *
     * @throws StoreException if the URL is bad or Redis cannot be reached, saying which
     */
    public static RedisStore connect(String url, Consumer<RedisConfig> configure) {
        return connect(url, config -> { }, configure);
    }

    /** Like {@link #connect(String, Consumer)}, with {@code defaults} applied before the URL's settings. */
    static RedisStore connect(String url, Consumer<RedisConfig> defaults, Consumer<RedisConfig> configure) {
        RedisUrl parsed = RedisUrl.parse(url);
        RedisConfig config = new RedisConfig();
        defaults.accept(config);
        parsed.settings().accept(config);
        configure.accept(config);
        RedisLink link = RedisLink.connect(parsed.redis(), config.commandTimeout(), parsed.display());
        return new RedisStore(link, config, parsed.redis().getDatabase());
    }

    @Override
    public Lease acquire(String token) throws InterruptedException {
        return lock.acquire(token, RedisLock.RefreshArgs.NONE).lease();
    }

    /** Takes the lock and refreshes in one script: one round trip when the lock is free. */
    @Override
    public Acquired acquire(String token, Map<String, Long> known) throws InterruptedException {
        if (known.isEmpty()) return new Acquired(acquire(token), Map.of());
        List<String> names = new ArrayList<>(known.keySet());
        RedisLock.RefreshArgs refresh = refreshArgs(token, names, known);
        RedisLock.Taken taken = lock.acquire(token, refresh);
        try {
            return new Acquired(taken.lease(), changed(names, taken.changed()));
        } catch (RuntimeException e) {
            taken.lease().release();
            throw e;
        }
    }

    @Override
    public Optional<StoredState> load(String token, String stateName) {
        Map<String, String> hash = link.call("loading " + stateName + " of token " + token, () -> link.sync().hgetall(keys.state(token, stateName)));
        return hash.isEmpty() ? Optional.empty() : Optional.of(stored(hash));
    }

    @Override
    public Map<String, StoredState> loadChanged(String token, Map<String, Long> known) {
        List<String> names = new ArrayList<>(known.keySet());
        RedisLock.RefreshArgs refresh = refreshArgs(token, names, known);
        List<Object> answer = link.call("refreshing token " + token, () -> loadChanged.run(link.sync(), ScriptOutputType.MULTI,
                refresh.keys().toArray(String[]::new), refresh.args().toArray(String[]::new)));
        return changed(names, answer);
    }

    /** Keys: the index, then each state; arguments: the token TTL, then each version held. */
    private RedisLock.RefreshArgs refreshArgs(String token, List<String> names, Map<String, Long> known) {
        List<String> stateKeys = new ArrayList<>(List.of(keys.stateIndex(token)));
        List<String> args = new ArrayList<>(List.of(Long.toString(config.tokenTimeToLive().toMillis())));
        for (String name : names) {
            stateKeys.add(keys.state(token, name));
            args.add(Long.toString(known.get(name)));
        }
        return new RedisLock.RefreshArgs(stateKeys, args);
    }

    /** The changed states from a script's flat answer: position among {@code names} (1-based), hash, ... */
    private static Map<String, StoredState> changed(List<String> names, List<Object> answer) {
        Map<String, StoredState> changed = new HashMap<>();
        for (int i = 0; i + 1 < answer.size(); i += 2) {
            int index = ((Long) answer.get(i)).intValue() - 1;
            changed.put(names.get(index), stored(pairs((List<?>) answer.get(i + 1))));
        }
        return changed;
    }

    @Override
    public Map<String, Long> save(Lease lease, Map<String, Map<String, String>> changes) {
        lease.verify();
        SaveCall call = SaveCall.of(lease, changes, keys, config.tokenTimeToLive());
        try {
            List<Long> versions = link.callUninterruptibly("storing token " + lease.token(),
                    () -> save.<List<Long>>runAsync(link.async(), ScriptOutputType.MULTI, call.keys(), call.args()));
            return call.versions(versions);
        } catch (StoreException e) {
            if (isLockLost(e)) throw lostError(lease);
            RedisRelay current = relay;
            if (current != null) current.requestRehydrate(lease.token()); // the save may have landed: show the tab what is stored
            throw e;
        }
    }

    @Override
    public void touch(String token) {
        link.call("touching token " + token, () -> touch.run(link.sync(), ScriptOutputType.INTEGER,
                new String[] {keys.stateIndex(token)}, Long.toString(config.tokenTimeToLive().toMillis()), keys.statePrefix(token)));
    }

    @Override
    public boolean exists(String token) {
        return link.call("looking up token " + token, () -> link.sync().exists(keys.stateIndex(token))) > 0;
    }

    @Override
    public TabRelay relay() {
        RedisRelay created = new RedisRelay(link, keys, config, instance);
        relay = created;
        return created;
    }

    /** This store's settings. */
    public RedisConfig config() {
        return config;
    }

    RedisLock lock() {
        return lock;
    }

    @Override
    public void close() {
        lock.close();
        link.close();
    }

    private static boolean isLockLost(StoreException e) {
        return e.getCause() instanceof RedisCommandExecutionException redis && String.valueOf(redis.getMessage()).contains("NERVE_LOCK_LOST");
    }

    private static LockLostException lostError(Lease lease) {
        return lease instanceof RedisLock.RedisLease redis ? redis.lostError()
                : new LockLostException("the lock of token " + lease.token() + " is held by another owner; nothing was stored");
    }

    private static StoredState stored(Map<String, String> hash) {
        Map<String, String> vars = new HashMap<>(hash);
        String version = vars.remove(RedisKeys.VERSION);
        return new StoredState(version == null ? 0 : Long.parseLong(version), vars);
    }

    private static Map<String, String> pairs(List<?> flat) {
        Map<String, String> hash = new HashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) hash.put(String.valueOf(flat.get(i)), String.valueOf(flat.get(i + 1)));
        return hash;
    }
}
