package dev.nerve.redis;

import dev.nerve.store.StoreException;
import dev.nerve.store.StoreUrls;
import io.lettuce.core.RedisURI;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A store URL taken apart: Nerve's own query parameters ({@code lockExpiry=15s}, ...) go to a
 * {@link RedisConfig}; the rest is Lettuce's {@link RedisURI} (host, port, password, database, TLS).
 */
record RedisUrl(RedisURI redis, Consumer<RedisConfig> settings, String display) {
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    static RedisUrl parse(String url) {
        URI parsed;
        try {
            parsed = new URI(url.trim());
        } catch (Exception e) {
            throw new StoreException("the Redis URL is malformed: expected redis://[:password@]host[:port][/database]");
        }
        String display = StoreUrls.redacted(parsed);
        String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new StoreException("'" + display + "' is not a Redis URL: it must start with redis:// or rediss://");
        }
        if (parsed.getHost() == null) throw new StoreException("the Redis URL '" + display + "' names no host");
        List<String> passThrough = new ArrayList<>();
        Consumer<RedisConfig> settings = config -> { };
        for (String pair : query(parsed)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            Consumer<RedisConfig> setting = setting(key, value, display);
            if (setting == null) passThrough.add(pair);
            else settings = settings.andThen(setting);
        }
        return new RedisUrl(lettuce(parsed, passThrough, display), settings, display);
    }

    private static List<String> query(URI url) {
        String raw = url.getRawQuery();
        return raw == null || raw.isEmpty() ? List.of() : List.of(raw.split("&"));
    }

    private static Consumer<RedisConfig> setting(String key, String value, String display) {
        return switch (key) {
            case "lockExpiry" -> c -> c.lockExpiry(duration(key, value, display));
            case "lockWarning" -> c -> c.lockWarning(duration(key, value, display));
            case "tokenTimeToLive" -> c -> c.tokenTimeToLive(duration(key, value, display));
            case "commandTimeout" -> c -> c.commandTimeout(duration(key, value, display));
            case "tabTimeToLive" -> c -> c.tabTimeToLive(duration(key, value, display));
            case "leaseRenewal" -> c -> c.leaseRenewal(bool(key, value, display));
            case "prefix" -> c -> c.prefix(value);
            default -> null;
        };
    }

    private static RedisURI lettuce(URI url, List<String> query, String display) {
        String base = url.toString();
        int q = base.indexOf('?');
        if (q >= 0) base = base.substring(0, q);
        String rebuilt = query.isEmpty() ? base : base + "?" + String.join("&", query);
        try {
            return RedisURI.create(rebuilt);
        } catch (RuntimeException e) {
            throw new StoreException("the Redis URL '" + display + "' is not valid: " + StoreUrls.redactedText(String.valueOf(e.getMessage())));
        }
    }

    /** {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h}, or ISO-8601 such as {@code PT10S}. */
    static Duration duration(String key, String value, String display) {
        Matcher simple = SIMPLE_DURATION.matcher(value.trim());
        if (simple.matches()) {
            long n = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new StoreException(key + "=" + value + " in '" + display + "' is not a duration; use e.g. 500ms, 10s, 2m or 1h");
        }
    }

    private static boolean bool(String key, String value, String display) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new StoreException(key + "=" + value + " in '" + display + "' must be true or false");
        };
    }
}
