package dev.nerve.engine;

import dev.nerve.event.StateType;
import dev.nerve.event.StateTypes;
import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.Protocol;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.state.State;
import dev.nerve.state.StateCodec;
import dev.nerve.state.StateContext;
import dev.nerve.state.StateEncodingException;
import dev.nerve.state.Var;
import dev.nerve.state.StateModel;
import dev.nerve.state.VarModel;
import dev.nerve.store.MemoryStore;
import dev.nerve.store.StateStore;
import dev.nerve.store.StoreUrls;
import dev.nerve.store.TabRelay;
import dev.nerve.task.BackgroundTask;
import dev.nerve.task.BackgroundTasks;
import dev.nerve.task.TokenSession;
import dev.nerve.task.TokenSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Nerve without a web server: state classes, events, background tasks and a store, driven through
 * {@link Connection}s. The web layer and the in-process test client both sit on it.
 *
 * <pre>{@code
 * Engine engine = Engine.create(config -> config.states(TaskState.class));
 * Connection tab = engine.connect(ConnectRequest.newTab(), message -> System.out.println(message));
 * tab.receive("{\"type\":\"event\",\"id\":1,\"handler\":\"TaskState.toggleRunning\",\"args\":[]}");
 * }</pre>
 *
 * Thread-safe. {@link #close()} cancels running tasks and stops token expiry.
 */
public final class Engine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private final EngineConfig config;
    private final TokenSessions sessions;
    private final ProtocolCodec protocol;
    private final StateStore store;
    private final TabRelay relay;
    private final boolean ownsStore;
    private final Thread sweeper;

    private Engine(EngineConfig config) {
        this.config = config;
        StateCodec codec = new StateCodec(config.mapper());
        StateTypes types = new StateTypes(codec);
        config.states().forEach(types::of);
        this.ownsStore = config.store() == null;
        this.store = ownsStore ? openStore(config) : config.store();
        this.relay = store.relay();
        this.protocol = new ProtocolCodec(config.mapper());
        this.sessions = new TokenSessions(store, relay, codec, types, config.clock(), config.errorDetails(), config.maxTasksPerToken(),
                config.maxQueuedEvents());
        relay.start(sessions);
        this.sweeper = Thread.ofVirtual().name("nerve-expiry").start(this::sweep);
    }

    /** An engine configured by {@code configure}; registration errors surface here (R-EV-6). */
    public static Engine create(Consumer<EngineConfig> configure) {
        EngineConfig config = new EngineConfig();
        configure.accept(config);
        return new Engine(config);
    }

    /**
     * Connects a tab: the token it presents if well-formed (a reconnect keeps its state, R-CON-1),
     * else a fresh one. A token already held by another live tab — a duplicated tab — is replaced by
     * a fresh one, announced with {@link ServerMessage.NewToken} (R-CON-2); an older connection of the
     * same tab is closed. The tab is sent its state (hydrate) before this returns.
     */
    public Connection connect(ConnectRequest request, ClientChannel channel) throws InterruptedException {
        boolean renewed = false;
        String token = Tokens.isWellFormed(request.token()) ? request.token() : Tokens.fresh();
        TokenSession session = sessions.get(token);
        TokenSession.Attached attached = session.attach(channel, request.tabId());
        while (attached.taken() || attached.retired()) {
            renewed |= attached.taken();
            session = sessions.get(attached.taken() ? Tokens.fresh() : token);
            attached = session.attach(channel, request.tabId());
        }
        if (attached.replaced() != null) attached.replaced().close(Protocol.CLOSE_REPLACED, "the tab connected again");
        if (renewed) channel.send(new ServerMessage.NewToken(session.token()));
        try {
            session.hydrate(request.states());
        } catch (InterruptedException | RuntimeException e) {
            session.detach(channel); // a tab that never got its state must not hold the token
            throw e;
        }
        return new Connection(session, channel, sessions, protocol, config.maxMessageBytes());
    }

    /** The running background tasks (R-BG-8). */
    public BackgroundTasks backgroundTasks() {
        return sessions.tasks();
    }

    /** The store of state and locks: the configured one, or the one the engine opened itself and closes in {@link #close()}. */
    public StateStore store() {
        return store;
    }

    /** The codec for messages between tabs and the engine, on the configured mapper; thread-safe. */
    public ProtocolCodec protocol() {
        return protocol;
    }

    /**
     * The settings the engine was created with. Do not change them afterwards: some were read once at
     * creation, others are read on each use.
     */
    public EngineConfig config() {
        return config;
    }

    /** The registered state classes (the web layer compiles pages against them). */
    public StateTypes types() {
        return sessions.types();
    }

    /** The registered model of {@code type} (registering it if needed). */
    public StateType type(Class<? extends State> type) {
        return sessions.types().of(type);
    }

    /**
     * A detached copy of what the store holds for {@code token}'s {@code type}: for tests and tools
     * that check what is stored, independent of any live instance.
     */
    public <S extends State> S stored(String token, Class<S> type) {
        StateModel<? extends State> model = sessions.types().of(type).model();
        S copy = type.cast(model.instantiate(StateContext.detached()));
        store.load(token, model.name()).ifPresent(stored -> {
            for (VarModel var : model.vars()) {
                String json = stored.vars().get(var.name());
                if (json != null) restoreIfDecodable(model.varOf(copy, var), var, json);
            }
        });
        return copy;
    }

    /** A stored value that no longer fits its var (the class changed since) leaves the declared value, as a live load does. */
    private void restoreIfDecodable(Var<?> target, VarModel var, String json) {
        try {
            StateModel.restore(target, sessions.codec().decode(var.label(), json, var.type()));
        } catch (StateEncodingException e) {
            log.debug("{}; the copy keeps its declared value", e.getMessage());
        }
    }

    /** Drops tokens unused for longer than the time to live, now; returns how many sessions were dropped. */
    public int expireIdleTokens() {
        int dropped = sessions.evictIdle(config.clock().instant().minus(config.tokenTimeToLive()));
        if (store instanceof MemoryStore memory) memory.expireIdle();
        return dropped;
    }

    /** How many tokens have a live session on this engine. */
    public int sessionCount() {
        return sessions.size();
    }

    /** Cancels running tasks (waiting up to five seconds for them), stops expiry, and closes the store if the engine made it. */
    @Override
    public void close() {
        sweeper.interrupt();
        sessions.closing();
        sessions.tasks().cancelAll();
        for (BackgroundTask task : sessions.tasks().list()) {
            try {
                if (!task.join(Duration.ofSeconds(5))) log.warn("{} did not end within 5 s of being cancelled", task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        relay.close();
        if (ownsStore) store.close();
    }

    private static StateStore openStore(EngineConfig config) {
        if (config.storeUrl() == null) return new MemoryStore(config.clock(), config.tokenTimeToLive());
        return StoreUrls.open(config.storeUrl(), config.tokenTimeToLive());
    }

    private void sweep() {
        Duration every = clamp(config.tokenTimeToLive().dividedBy(10), Duration.ofSeconds(1), Duration.ofMinutes(1));
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(every);
                expireIdleTokens();
            }
        } catch (InterruptedException e) {
            // closing
        } catch (RuntimeException e) {
            log.error("token expiry stopped", e);
        }
    }

    private static Duration clamp(Duration value, Duration min, Duration max) {
        return value.compareTo(min) < 0 ? min : value.compareTo(max) > 0 ? max : value;
    }
}
