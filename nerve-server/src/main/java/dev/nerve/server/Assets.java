package dev.nerve.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The browser runtime's files, read from this jar once and kept in memory. */
final class Assets {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*\\.(js|css)");
    private static final String BASE = "/dev/nerve/server/assets/";
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    /**
     * One file.
     *
     * @param contentType its MIME type
     * @param bytes       its content
     */
    record Asset(String contentType, byte[] bytes) { }

    /** The asset called {@code name}, or {@code null}; only plain names of .js and .css files are served. */
    Asset get(String name) {
        if (!NAME.matcher(name).matches()) return null;
        return cache.computeIfAbsent(name, Assets::load).orElse(null);
    }

    private static Optional<Asset> load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(BASE + name)) {
            if (in == null) return Optional.empty();
            String type = name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
            return Optional.of(new Asset(type, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
