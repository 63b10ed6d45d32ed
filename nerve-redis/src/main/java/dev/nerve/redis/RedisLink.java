package dev.nerve.redis;

import dev.nerve.store.StoreException;
import dev.nerve.store.StoreUrls;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The two connections a {@link RedisStore} keeps: one for commands (shared by all threads; Lettuce
 * sends them in the order they are issued) and one for pub/sub. Both reconnect by themselves; while
 * Redis is unreachable commands fail at once with a {@link StoreException} that says so. Channel
 * messages are dispatched by channel name to the handlers registered here, on Lettuce's I/O thread.
 */
final class RedisLink implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> pubSub;
    private final String display;
    private final Duration commandTimeout;
    private final Map<String, Consumer<String>> exact = new ConcurrentHashMap<>();
    private volatile BiConsumer<String, String> others = (channel, message) -> { };
    private volatile Consumer<String> resubscribed = channel -> { };
    private volatile Runnable pubSubLost = () -> { };

    private RedisLink(RedisClient client, StatefulRedisConnection<String, String> commands,
                      StatefulRedisPubSubConnection<String, String> pubSub, String display, Duration commandTimeout) {
        this.client = client;
        this.commandTimeout = commandTimeout;
        this.commands = commands;
        this.pubSub = pubSub;
        this.display = display;
    }

    /** Connects to {@code uri} and checks with a PING; fails with a clear message if Redis cannot be reached. */
    static RedisLink connect(RedisURI uri, Duration commandTimeout, String display) {
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .build());
        try {
            StatefulRedisConnection<String, String> commands = client.connect();
            commands.setTimeout(commandTimeout);
            commands.sync().ping();
            StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub();
            RedisLink link = new RedisLink(client, commands, pubSub, display, commandTimeout);
            link.listen();
            return link;
        } catch (RedisException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            throw new StoreException("cannot reach Redis at " + display + ": " + rootMessage(e), e);
        }
    }

    /** Runs a command, turning Lettuce's failures into a {@link StoreException} that names Redis. */
    <T> T call(String what, Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new StoreException(what + " failed: Redis at " + display + " " + describe(e), e);
        }
    }

    /**
     * Runs a command whose outcome must be known even if the calling thread is interrupted (a task
     * cancelled while it stores): waits for Redis's answer regardless, then restores the interrupt.
     */
    <T> T callUninterruptibly(String what, Supplier<CompletableFuture<T>> command) {
        boolean interrupted = Thread.interrupted();
        try {
            CompletableFuture<T> future = command.get();
            while (true) {
                try {
                    return future.get(commandTimeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RedisException redis) throw new StoreException(what + " failed: Redis at " + display + " " + describe(redis), redis);
            throw new StoreException(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new StoreException(what + " failed: Redis at " + display + " did not answer in time", e);
        } catch (RedisException e) {
            throw new StoreException(what + " failed: Redis at " + display + " " + describe(e), e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    RedisCommands<String, String> sync() {
        return commands.sync();
    }

    RedisAsyncCommands<String, String> async() {
        return commands.async();
    }

    /** Subscribes {@code handler} to {@code channel} and returns once Redis has confirmed it. */
    void subscribe(String channel, Consumer<String> handler) {
        exact.put(channel, handler);
        subscribe(channel);
    }

    /** Registers the handler for subscribed channels that have no handler of their own. */
    void onOtherChannels(BiConsumer<String, String> handler) {
        this.others = handler;
    }

    /** Subscribes to {@code channel}, whose messages go to the {@link #onOtherChannels} handler. */
    void subscribe(String channel) {
        call("subscribing to " + channel, () -> {
            pubSub.sync().subscribe(channel);
            return null;
        });
    }

    /** Unsubscribes without waiting (safe on Lettuce's I/O thread); a later subscribe to the channel is ordered after it. */
    void unsubscribe(String channel) {
        exact.remove(channel);
        pubSub.async().unsubscribe(channel);
    }

    /** Called when the pub/sub connection drops (messages may be lost until it is back). */
    void onPubSubLost(Runnable handler) {
        this.pubSubLost = handler;
    }

    /** Called for every channel the pub/sub connection subscribes to, including re-subscriptions after a reconnect. */
    void onSubscribed(Consumer<String> handler) {
        this.resubscribed = handler;
    }

    String display() {
        return display;
    }

    @Override
    public void close() {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    private void listen() {
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                Consumer<String> handler = exact.get(channel);
                if (handler != null) handler.accept(message);
                else others.accept(channel, message);
            }

            @Override
            public void subscribed(String channel, long count) {
                resubscribed.accept(channel);
            }
        });
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                if (connection == pubSub) pubSubLost.run();
            }
        });
    }

    private static String describe(RedisException e) {
        String message = rootMessage(e);
        if (message.contains("not connected") || message.contains("Connection refused") || message.contains("closed")) {
            return "is unreachable (" + message + "); Nerve retries the connection in the background";
        }
        if (message.contains("timed out")) return "did not answer in time (" + message + ")";
        return "answered: " + message;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : StoreUrls.redactedText(message);
    }
}
