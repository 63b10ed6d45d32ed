package dev.nerve.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * One Lua script from this package's resources, run by its SHA-1 and sent in full only when Redis
 * does not know it (after a restart or a {@code SCRIPT FLUSH}).
 */
final class Script {
    private final String name;
    private final String text;
    private final String sha;

    private Script(String name, String text) {
        this.name = name;
        this.text = text;
        this.sha = sha1(text);
    }

    /** The script {@code name}{@code .lua} next to this class, after the text of each of {@code prepended} (shared functions). */
    static Script load(String name, String... prepended) {
        StringBuilder text = new StringBuilder();
        for (String part : prepended) text.append(resource(part)).append('\n');
        return new Script(name, text.append(resource(name)).toString());
    }

    private static String resource(String name) {
        try (InputStream in = Script.class.getResourceAsStream(name + ".lua")) {
            if (in == null) throw new IllegalStateException("missing script " + name + ".lua");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T run(RedisCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        try {
            return redis.evalsha(sha, output, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(text, output, keys, args);
        }
    }

    /** Like {@link #run}, without waiting: the command is queued on the connection in call order. */
    <T> CompletableFuture<T> runAsync(RedisAsyncCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        CompletableFuture<T> first = redis.<T>evalsha(sha, output, keys, args).toCompletableFuture();
        return first.handle((value, failure) -> failure)
                .thenCompose(failure -> failure == null ? first
                        : isNoScript(failure) ? redis.<T>eval(text, output, keys, args).toCompletableFuture() : first);
    }

    private static boolean isNoScript(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RedisNoScriptException) return true;
        }
        return false;
    }

    String name() {
        return name;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
