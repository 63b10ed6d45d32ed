package dev.nerve.server;

import dev.nerve.engine.EngineConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Settings of an {@link App}, edited in the lambda passed to {@link App#create(Consumer)}. */
public final class AppConfig {
    /** The environment variable whose value, if set, is the default {@link #storeUrl}. */
    public static final String STORE_URL_VARIABLE = "NERVE_REDIS_URL";
    private Integer port;
    private String storeUrl = System.getenv(STORE_URL_VARIABLE);
    private String host = "0.0.0.0";
    private String title = "Nerve";
    private final List<String> allowedOrigins = new ArrayList<>();
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxQueuedMessages = 10_000;
    private Consumer<EngineConfig> engine = config -> { };

    AppConfig() { }

    /** The port to listen on; default the {@code PORT} environment variable, else 8000; 0 picks a free one. */
    public AppConfig port(int port) {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 to 65535");
        this.port = port;
        return this;
    }

    /**
     * Where state and locks live, e.g. {@code redis://redis.internal:6379/0} to share them with other
     * instances of the app (needs {@code nerve-redis} on the class path; see docs/scale-out.md).
     * Default: the {@code NERVE_REDIS_URL} environment variable, else the in-memory store. {@code null}
     * chooses the in-memory store whatever the environment says. A bad URL or an unreachable store
     * fails {@link App#create} with a message saying which.
     */
    public AppConfig storeUrl(String url) {
        this.storeUrl = url;
        return this;
    }

    /** The interface to listen on; default every interface. */
    public AppConfig host(String host) {
        this.host = Objects.requireNonNull(host);
        return this;
    }

    /** The page title used where a page names none. */
    public AppConfig title(String title) {
        this.title = Objects.requireNonNull(title);
        return this;
    }

    /**
     * Origins (e.g. {@code "https://app.example.com"}) whose pages may open Nerve's WebSocket besides
     * the server's own; by default only same-origin pages may.
     */
    public AppConfig allowOrigins(String... origins) {
        allowedOrigins.addAll(List.of(origins));
        return this;
    }

    /** How long a WebSocket may stay silent before it is closed (the browser pings every 20 s); default 60 s. */
    public AppConfig idleTimeout(Duration timeout) {
        this.idleTimeout = Objects.requireNonNull(timeout);
        return this;
    }

    /**
     * How many messages may wait to be written to one tab before it counts as too slow and is closed
     * (it reconnects and is hydrated); default 10,000.
     */
    public AppConfig maxQueuedMessages(int messages) {
        if (messages < 1) throw new IllegalArgumentException("maxQueuedMessages must be at least 1");
        this.maxQueuedMessages = messages;
        return this;
    }

    /** Settings of the engine underneath: states, store, token time to live, error details. */
    public AppConfig engine(Consumer<EngineConfig> configure) {
        this.engine = this.engine.andThen(configure);
        return this;
    }

    /**
     * The configured settings, defaults applied; see the setters of the same names. {@link #port()}
     * throws {@link IllegalArgumentException} if {@code PORT} is set but is not a number.
     */
    public int port() { return port != null ? port : defaultPort(); }
    public String storeUrl() { return storeUrl == null || storeUrl.isBlank() ? null : storeUrl.trim(); }
    public String host() { return host; }
    public String title() { return title; }
    public List<String> allowedOrigins() { return List.copyOf(allowedOrigins); }
    public Duration idleTimeout() { return idleTimeout; }
    public int maxQueuedMessages() { return maxQueuedMessages; }

    /** The engine's settings: the store URL first, then what {@link #engine(Consumer)} adds. */
    Consumer<EngineConfig> engine() {
        Consumer<EngineConfig> store = config -> config.storeUrl(storeUrl());
        return store.andThen(engine);
    }

    private static int defaultPort() {
        String env = System.getenv("PORT");
        if (env == null || env.isBlank()) return 8000;
        try {
            return Integer.parseInt(env.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not '" + env + "'");
        }
    }
}
