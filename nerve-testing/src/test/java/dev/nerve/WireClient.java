package dev.nerve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.awaitility.core.ConditionFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * A tab over a real WebSocket, for the modules' transport tests (the JDK's client): collects every text message the server sends,
 * parsed as JSON, and lets a test send events and await what comes back. Thread-safe.
 */
public final class WireClient implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> messages = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile WebSocket socket;

    private WireClient() { }

    /** Opens {@code /_nerve/ws?query} on localhost:{@code port}; fails if the upgrade is refused. */
    public static WireClient connect(int port, String query) {
        return connect(port, query, Map.of());
    }

    public static WireClient connect(int port, String query, Map<String, String> headers) {
        WireClient client = new WireClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(TIMEOUT);
        headers.forEach(builder::header);
        URI uri = URI.create("ws://localhost:" + port + "/_nerve/ws" + (query.isEmpty() ? "" : "?" + query));
        client.socket = builder.buildAsync(uri, client.new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    /** Sends {@code text} as one text message and waits until it is handed to the network. */
    public void sendRaw(String text) {
        socket.sendText(text, true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Sends {@code bytes} as one binary message. */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Sends an event with the next id and returns that id. */
    public long send(String handler, Object... args) {
        long id = ids.incrementAndGet();
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("type", "event").put("id", id).put("handler", handler);
        ArrayNode list = event.putArray("args");
        for (Object arg : args) list.add(JSON.valueToTree(arg));
        sendRaw(event.toString());
        return id;
    }

    /** Sends an event and waits for the message that finishes it (its delta or its error). */
    public JsonNode call(String handler, Object... args) {
        long id = send(handler, args);
        return awaitMessage(m -> m.path("event").asLong(-1) == id
                && (type(m).equals("delta") || type(m).equals("error")), "the reply to event " + id);
    }

    /** Sends a ping and waits for its pong. */
    public JsonNode ping() {
        long id = ids.incrementAndGet();
        sendRaw("{\"type\":\"ping\",\"id\":" + id + "}");
        return awaitMessage(m -> type(m).equals("pong") && m.path("id").asLong() == id, "the pong " + id);
    }

    /** The first message received that matches, waiting for it. */
    public JsonNode awaitMessage(Predicate<JsonNode> match, String what) {
        waiting(what).until(() -> messages.stream().anyMatch(match));
        return messages.stream().filter(match).findFirst().orElseThrow();
    }

    /** The first error message received after {@code after} messages, waiting for it. */
    public JsonNode awaitErrorAfter(int after) {
        waiting("an error message").until(() -> messages.stream().skip(after).anyMatch(m -> type(m).equals("error")));
        return messages.stream().skip(after).filter(m -> type(m).equals("error")).findFirst().orElseThrow();
    }

    /** Waits until {@code state.var}, as this tab last received it, matches. */
    public JsonNode awaitValue(String state, String var, Predicate<JsonNode> match) {
        waiting(state + "." + var).until(() -> {
            JsonNode value = value(state, var);
            return value != null && match.test(value);
        });
        return value(state, var);
    }

    /** The value of {@code state.var} from the last hydrate and the deltas after it, or {@code null}. */
    public JsonNode value(String state, String var) {
        JsonNode value = null;
        for (JsonNode message : messages) {
            JsonNode states = switch (type(message)) {
                case "hydrate" -> message.path("state");
                case "delta" -> message.path("changes");
                default -> null;
            };
            if (states == null) continue;
            if (type(message).equals("hydrate")) value = null;
            JsonNode found = states.path(state).get(var);
            if (found != null) value = found;
        }
        return value;
    }

    /** The hydrate message, waiting for it. */
    public JsonNode hydrate() {
        return awaitMessage(m -> type(m).equals("hydrate"), "the hydrate");
    }

    /** The token of the hydrate. */
    public String token() {
        return hydrate().path("token").asText();
    }

    public List<JsonNode> messages() {
        return List.copyOf(messages);
    }

    public int count() {
        return messages.size();
    }

    /** The close code the server sent, waiting for it. */
    public int awaitClose() {
        waiting("the socket to close").until(closed::isDone);
        return closed.join();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** Awaits with the test timeout, polling often so that waits cost little. */
    public static ConditionFactory waiting(String what) {
        return await(what).atMost(TIMEOUT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5));
    }

    public static String type(JsonNode message) {
        return message.path("type").asText();
    }

    /** Closes normally (1000) and waits for the server's answer; aborts if it does not come. */
    @Override
    public void close() {
        WebSocket ws = socket;
        if (ws == null || closed.isDone()) return;
        try {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
            closed.orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).exceptionally(e -> -1).join();
        } catch (RuntimeException e) {
            // already closing
        } finally {
            ws.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                messages.add(parse(text));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        private JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new AssertionError("the server sent text that is not JSON: " + text, e);
            }
        }
    }
}
