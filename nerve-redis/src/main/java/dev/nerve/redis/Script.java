package dev.nerve.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The script {@code name}{@code .lua} next to this class. */
    static Script load(String name) {
        try (InputStream in = Script.class.getResourceAsStream(name + ".lua")) {
            if (in == null) throw new IllegalStateException("missing script " + name + ".lua");
            return new Script(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
