package dev.nerve.server;

import dev.nerve.engine.Engine;
import dev.nerve.state.State;
import dev.nerve.task.BackgroundTasks;
import dev.nerve.ui.Component;
import dev.nerve.ui.PageCompiler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Nerve web app: pages bound to state, served over HTTP, one WebSocket per browser tab.
 *
 * <pre>{@code
 * App.create(config -> config.port(8000))
 *    .page("/", TaskState.class, Example::example)
 *    .start();
 * }</pre>
 *
 * Pages are compiled when they are added, so a broken view fails at start-up. {@link #stop()}
 * closes every tab's socket (1001, going away), cancels background tasks and stops the server.
 */
public final class App implements AutoCloseable {
    private final AppConfig config;
    private final Engine engine;
    private final PageCompiler compiler;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile WebServer server;
    private boolean stopped;

    private App(AppConfig config) {
        this.config = config;
        this.engine = Engine.create(config.engine());
        this.compiler = new PageCompiler(engine.types(), engine.config().mapper());
    }

    /** An app with default settings: port from {@code PORT} (else 8000), memory store. */
    public static App create() {
        return create(config -> { });
    }

    /**
     * An app configured by {@code configure}. Its engine is created now, so a bad state class or an
     * unreachable store fails here; nothing listens until {@link #start()}. Call {@link #stop()} even if
     * the app never started, to close the engine.
     */
    public static App create(Consumer<AppConfig> configure) {
        AppConfig config = new AppConfig();
        configure.accept(config);
        return new App(config);
    }

    /** Serves {@code view} of {@code state} at {@code route}, titled with the app's title. */
    public <S extends State> App page(String route, Class<S> state, Function<S, ? extends Component> view) {
        return page(route, config.title(), state, view);
    }

    /** Serves {@code view} of {@code state} at {@code route} under {@code title}. */
    public <S extends State> App page(String route, String title, Class<S> state, Function<S, ? extends Component> view) {
        if (!route.startsWith("/")) throw new IllegalArgumentException("a route starts with '/': " + route);
        if (route.startsWith(WebServer.RESERVED)) throw new IllegalArgumentException(WebServer.RESERVED + " is Nerve's own path");
        if (pages.putIfAbsent(route, new Page(route, title, compiler.compile(state, view))) != null) {
            throw new IllegalArgumentException("a page is already served at " + route);
        }
        return this;
    }

    /** Starts serving; returns once the port is bound. */
    public App start() {
        lifecycle.lock();
        try {
            if (server != null) throw new IllegalStateException("the app is already started");
            if (stopped) throw new IllegalStateException("a stopped app cannot start again (its engine is closed); create a new one");
            server = WebServer.start(config, engine, pages);
            return this;
        } finally {
            lifecycle.unlock();
        }
    }

    /** The port the app listens on (the chosen one, if configured with 0). */
    public int port() {
        if (server == null) throw new IllegalStateException("the app is not started");
        return server.port();
    }

    /** The engine underneath, for tools and tests that drive it directly; it is closed by {@link #stop()}. */
    public Engine engine() {
        return engine;
    }

    /** The running background tasks of every tab, e.g. for an admin page; thread-safe. */
    public BackgroundTasks backgroundTasks() {
        return engine.backgroundTasks();
    }

    /** Closes every tab's socket, cancels running tasks, and stops the server. */
    public void stop() {
        lifecycle.lock();
        try {
            if (server != null) server.stop();
            server = null;
            stopped = true;
            engine.close();
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
