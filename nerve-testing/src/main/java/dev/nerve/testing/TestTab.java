package dev.nerve.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.event.HandlerRef;
import dev.nerve.event.HandlerRef1;
import dev.nerve.event.HandlerRef2;
import dev.nerve.event.HandlerRef3;
import dev.nerve.event.MethodRefs;
import dev.nerve.protocol.ClientMessage;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.State;
import dev.nerve.state.Var;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One simulated browser tab of a {@link TestClient}: sends events, records every message it
 * receives, and keeps the view a browser would render (hydrate, then deltas applied in order).
 * Reads of the view and awaits are thread-safe.
 */
public final class TestTab implements AutoCloseable {
    private final TestClient client;
    private final TabView view;
    private final Connection connection;
    private final String tabId;
    private final AtomicLong eventIds = new AtomicLong();

    private TestTab(TestClient client, TabView view, Connection connection, String tabId) {
        this.client = client;
        this.view = view;
        this.connection = connection;
        this.tabId = tabId;
    }

    static TestTab connect(TestClient client, String token, String tabId) {
        TabView view = new TabView(client.engine().protocol(), client.engine().config().mapper());
        try {
            TestTab tab = new TestTab(client, view, client.engine().connect(new ConnectRequest(token, tabId, null), view), tabId);
            // with a shared store the hydrate travels through it, so it may arrive just after connect returns
            tab.awaitMessages(messages -> messages.stream().anyMatch(m -> m instanceof ServerMessage.Hydrate), "the hydrate");
            return tab;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting", e);
        }
    }

    /** The tab's token: the one it presented, or the fresh one it was given (a new tab, a duplicate). */
    public String token() {
        return connection.token();
    }

    /** Sends an event for {@code handler}, as a click would; returns its id. Does not wait. */
    public <S extends State> long send(HandlerRef<S> handler) {
        return sendRef(handler);
    }

    /**
     * Sends an event for a one-argument {@code handler} with {@code a}, JSON-encoded as a browser
     * would; returns its id. Does not wait.
     */
    public <S extends State, A> long send(HandlerRef1<S, A> handler, A a) {
        return sendRef(handler, a);
    }

    /** Sends an event for a two-argument {@code handler} with {@code a} and {@code b}; returns its id. Does not wait. */
    public <S extends State, A, B> long send(HandlerRef2<S, A, B> handler, A a, B b) {
        return sendRef(handler, a, b);
    }

    /**
     * Sends an event for a three-argument {@code handler} with {@code a}, {@code b} and {@code c};
     * returns its id. Does not wait.
     */
    public <S extends State, A, B, C> long send(HandlerRef3<S, A, B, C> handler, A a, B b, C c) {
        return sendRef(handler, a, b, c);
    }

    /** Sends an event by name with JSON-encoded {@code args}, e.g. to call what a method reference cannot name. */
    public long sendNamed(String handler, Object... args) {
        ObjectMapper mapper = client.engine().config().mapper();
        List<JsonNode> json = new ArrayList<>();
        for (Object arg : args) json.add(mapper.valueToTree(arg));
        long id = eventIds.incrementAndGet();
        connection.receive(client.engine().protocol().encode(new ClientMessage.Event(id, handler, json)));
        return id;
    }

    /** Sends {@code text} exactly as a browser's socket would deliver it. */
    public void sendRaw(String text) {
        connection.receive(text);
    }

    /** Sends an event and waits for the message that finishes it (a delta or an error), which it returns. */
    public <S extends State> ServerMessage call(HandlerRef<S> handler) {
        return awaitDone(send(handler));
    }

    /**
     * Sends an event for a one-argument {@code handler} with {@code a} and waits for the delta or error
     * that finishes it, which it returns; throws {@link AssertionError} after the client's timeout.
     */
    public <S extends State, A> ServerMessage call(HandlerRef1<S, A> handler, A a) {
        return awaitDone(send(handler, a));
    }

    /** Like {@link #call(HandlerRef1, Object)}, for a two-argument handler. */
    public <S extends State, A, B> ServerMessage call(HandlerRef2<S, A, B> handler, A a, B b) {
        return awaitDone(send(handler, a, b));
    }

    /** Like {@link #call(HandlerRef1, Object)}, for a three-argument handler. */
    public <S extends State, A, B, C> ServerMessage call(HandlerRef3<S, A, B, C> handler, A a, B b, C c) {
        return awaitDone(send(handler, a, b, c));
    }

    /** Waits for the message that finishes event {@code id}. */
    public ServerMessage awaitDone(long id) {
        return view.await(() -> view.finishing(id), m -> m != null, "the reply to event " + id, client.timeout());
    }

    /**
     * The state as this tab last received it, as a detached instance of the state class: read its
     * vars as usual, e.g. {@code tab.view(TaskState.class).counter.get()}. Backend vars are never
     * sent, so they hold their declared values here.
     */
    public <S extends State> S view(Class<S> state) {
        return ViewedState.of(client.engine(), state, view::json);
    }

    /** Waits until the state as received satisfies {@code condition}; returns that view. */
    public <S extends State> S await(Class<S> state, Predicate<? super S> condition) {
        return view.await(() -> view(state), condition, "a " + state.getSimpleName() + " matching the condition", client.timeout());
    }

    /** Every value the tab received for a var, in order: the hydrated one first, then one per delta that carried it. */
    public <S extends State, T> List<T> history(Class<S> state, Function<S, Var<T>> var) {
        VarRef<T> ref = VarRef.of(client.engine(), state, var);
        return view.history(ref.state(), ref.name()).stream().map(ref::decode).toList();
    }

    /** The raw JSON of a var or computed var as last received, or {@code null} if the tab never got it. */
    public JsonNode json(String state, String name) {
        return view.json(state, name);
    }

    /** Every raw JSON value received for a var or computed var, in order. */
    public List<JsonNode> jsonHistory(String state, String name) {
        return view.history(state, name);
    }

    /** Waits until the messages received so far satisfy {@code condition}. */
    public List<ServerMessage> awaitMessages(Predicate<List<ServerMessage>> condition, String description) {
        return view.await(view::messages, condition, description, client.timeout());
    }

    /** Waits until at least {@code count} error messages arrived; returns all of them. */
    public List<String> awaitErrors(int count) {
        return view.await(view::errors, e -> e.size() >= count, count + " error message(s)", client.timeout());
    }

    /** Every message received, in order. */
    public List<ServerMessage> messages() {
        return view.messages();
    }

    /** Every message received, with when it arrived. */
    public List<Received> timeline() {
        return view.timeline();
    }

    /** The deltas received, in order. */
    public List<ServerMessage.Delta> deltas() {
        return view.messages().stream().filter(ServerMessage.Delta.class::isInstance).map(ServerMessage.Delta.class::cast).toList();
    }

    /** The texts of the error messages received, in order. */
    public List<String> errors() {
        return view.errors();
    }

    /** What the store holds for this tab's token, decoded into a detached instance. */
    public <S extends State> S stored(Class<S> state) {
        return client.engine().stored(token(), state);
    }

    /** Disconnects; the token's state and tasks stay. */
    @Override
    public void close() {
        connection.close();
    }

    /** Closes this tab and opens it again with its token, as a reload does. */
    public TestTab reload() {
        close();
        return client.open(token(), tabId);
    }

    /** Connects this tab again before its old connection has closed, as after a network blip; the old one is replaced. */
    public TestTab reconnect() {
        return client.open(token(), tabId);
    }

    /**
     * Connects this tab to {@code other} — another instance sharing this one's store — before its
     * connection here has closed, as when a load balancer sends a reconnect elsewhere; the server
     * closes the old connection as replaced.
     */
    public TestTab reconnectTo(TestClient other) {
        return other.open(token(), tabId);
    }

    /** Opens a duplicate of this tab (same token, another tab), as the browser's "Duplicate tab" does. */
    public TestTab duplicate() {
        return client.openTab(token());
    }

    /** True once the server closed this tab's connection (e.g. replaced by a reconnect); see {@link #closeCode()}. */
    public boolean isClosedByServer() {
        return view.closeCode() != null;
    }

    /** The close code the server sent, or {@code null}. */
    public Integer closeCode() {
        return view.closeCode();
    }

    private long sendRef(Serializable ref, Object... args) {
        MethodRefs.Target target = MethodRefs.resolve(ref);
        return sendNamed(target.receiver().getSimpleName() + "." + target.method(), args);
    }
}
