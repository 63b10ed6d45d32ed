package dev.nerve.testing;

import dev.nerve.engine.Engine;
import dev.nerve.engine.EngineConfig;
import dev.nerve.task.BackgroundTasks;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Drives a Nerve app in-process, the way browsers would, without sockets: open tabs, send events by
 * method reference, and await what the tabs receive. Every message goes through the same JSON
 * encoding as on the wire, so a tab sees exactly what a browser would.
 *
 * <pre>{@code
 * try (TestClient client = TestClient.create(config -> config.states(TaskState.class))) {
 *     TestTab tab = client.openTab();
 *     tab.send(TaskState::toggleRunning);
 *     TaskState seen = tab.await(TaskState.class, s -> s.counter.get() >= 3);
 * }
 * }</pre>
 */
public final class TestClient implements AutoCloseable {
    private final Engine engine;
    private final boolean ownsEngine;
    private final List<TestTab> tabs = new CopyOnWriteArrayList<>();
    private volatile Duration timeout = Duration.ofSeconds(5);

    private TestClient(Engine engine, boolean ownsEngine) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
    }

    /** A client on a new engine configured by {@code configure}; closing the client closes the engine. */
    public static TestClient create(Consumer<EngineConfig> configure) {
        return new TestClient(Engine.create(configure), true);
    }

    /** A client on an existing engine, which stays open when the client closes. */
    public static TestClient of(Engine engine) {
        return new TestClient(engine, false);
    }

    /** How long {@code await} calls wait before failing; default five seconds. */
    public TestClient timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Opens a new tab: a fresh token, hydrated before this returns. */
    public TestTab openTab() {
        return openTab(null);
    }

    /**
     * Opens another browser tab presenting {@code token}. If a live tab holds the token, this is a
     * duplicated tab and gets a fresh token of its own (R-CON-2).
     */
    public TestTab openTab(String token) {
        return open(token, java.util.UUID.randomUUID().toString());
    }

    TestTab open(String token, String tabId) {
        TestTab tab = TestTab.connect(this, token, tabId);
        tabs.add(tab);
        return tab;
    }

    /** The engine the tabs connect to, for checks that need it directly. */
    public Engine engine() {
        return engine;
    }

    /** The engine's running background tasks, e.g. to await or cancel one. */
    public BackgroundTasks backgroundTasks() {
        return engine.backgroundTasks();
    }

    Duration timeout() {
        return timeout;
    }

    /** Closes every tab, and the engine if the client made it (which cancels running tasks). */
    @Override
    public void close() {
        tabs.forEach(TestTab::close);
        if (ownsEngine) engine.close();
    }
}
