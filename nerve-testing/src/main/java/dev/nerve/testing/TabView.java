package dev.nerve.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nerve.protocol.ClientChannel;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.RawJson;
import dev.nerve.protocol.ServerMessage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What one simulated tab has received: the messages in order, and the state a browser would show.
 * Each message is encoded to JSON and decoded again on the way in, as over a socket.
 */
final class TabView implements ClientChannel {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ServerMessage> messages = new ArrayList<>();
    private final List<Received> timeline = new ArrayList<>();
    private final long openedAt = System.nanoTime();
    private final Map<String, Map<String, JsonNode>> state = new HashMap<>();
    private final Map<String, List<JsonNode>> history = new HashMap<>();
    private final ProtocolCodec protocol;
    private final ObjectMapper mapper;

    TabView(ProtocolCodec protocol, ObjectMapper mapper) {
        this.protocol = protocol;
        this.mapper = mapper;
    }

    private volatile Integer closeCode;

    @Override
    public void close(int code, String reason) {
        closeCode = code;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    Integer closeCode() {
        return closeCode;
    }

    @Override
    public void send(ServerMessage sent) {
        if (closeCode != null) return;
        ServerMessage message = protocol.decodeServer(protocol.encode(sent));
        lock.lock();
        try {
            messages.add(message);
            timeline.add(new Received(Duration.ofNanos(System.nanoTime() - openedAt), message));
            switch (message) {
                case ServerMessage.Hydrate h -> {
                    state.clear();
                    apply(h.state());
                }
                case ServerMessage.Delta d -> apply(d.changes());
                case ServerMessage.Error e -> { }
                case ServerMessage.Toast t -> { }
                case ServerMessage.Redirect r -> { }
                case ServerMessage.NewToken n -> { }
                case ServerMessage.Pong p -> { }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    List<ServerMessage> messages() {
        return locked(() -> List.copyOf(messages));
    }

    List<Received> timeline() {
        return locked(() -> List.copyOf(timeline));
    }

    List<String> errors() {
        return locked(() -> messages.stream().filter(ServerMessage.Error.class::isInstance)
                .map(m -> ((ServerMessage.Error) m).message()).toList());
    }

    JsonNode json(String stateName, String name) {
        return locked(() -> state.getOrDefault(stateName, Map.of()).get(name));
    }

    List<JsonNode> history(String stateName, String name) {
        return locked(() -> List.copyOf(history.getOrDefault(stateName + "." + name, List.of())));
    }

    /** The delta or error that finishes event {@code id}, or null if none arrived yet. */
    ServerMessage finishing(long id) {
        return locked(() -> messages.stream().filter(m -> Objects.equals(eventOf(m), id)).findFirst().orElse(null));
    }

    <T> T await(Supplier<T> probe, Predicate<? super T> condition, String what, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                T value = probe.get();
                if (condition.test(value)) return value;
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                            + "; last seen: " + value + "; messages: " + messages.size());
                }
                changed.await(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        } finally {
            lock.unlock();
        }
    }

    private void apply(Map<String, Map<String, RawJson>> changes) {
        changes.forEach((stateName, vars) -> vars.forEach((name, raw) -> {
            JsonNode value = parse(raw);
            state.computeIfAbsent(stateName, n -> new HashMap<>()).put(name, value);
            history.computeIfAbsent(stateName + "." + name, n -> new ArrayList<>()).add(value);
        }));
    }

    private JsonNode parse(RawJson raw) {
        try {
            return mapper.readTree(raw.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the server sent invalid JSON: " + raw.json(), e);
        }
    }

    private static Long eventOf(ServerMessage message) {
        return switch (message) {
            case ServerMessage.Delta d -> d.event();
            case ServerMessage.Error e -> e.event();
            default -> null;
        };
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }
}
