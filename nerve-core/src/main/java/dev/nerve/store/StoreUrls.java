package dev.nerve.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ServiceLoader;

/** Opens a store from its URL through the {@link StoreProvider}s on the class path. */
public final class StoreUrls {
    private StoreUrls() { }

    /**
     * The store at {@code url}.
     *
     * @throws StoreException if the URL is malformed, no provider on the class path accepts it (e.g.
     *                        {@code redis://} without {@code nerve-redis}), or the store cannot be reached
     */
    public static StateStore open(String url, Duration tokenTimeToLive) {
        URI parsed = parse(url);
        for (StoreProvider provider : ServiceLoader.load(StoreProvider.class)) {
            if (provider.accepts(parsed)) return provider.open(parsed, tokenTimeToLive);
        }
        throw new StoreException("no store on the class path opens '" + redacted(url) + "'"
                + ("redis".equals(parsed.getScheme()) || "rediss".equals(parsed.getScheme())
                        ? ": add the dev.nerve:nerve-redis dependency" : ": the scheme must be redis:// or rediss://"));
    }

    /** {@code url} without its password, for messages and logs. */
    public static String redacted(URI url) {
        return redacted(url.toString());
    }

    /**
     * {@code url} without its password, worked out on the text itself so that a URL too broken to
     * parse is hidden too: whatever lies between the start of the authority and its last {@code @}
     * is replaced, keeping a user name before a {@code :}.
     */
    public static String redacted(String url) {
        int scheme = url.indexOf("://");
        int start = scheme < 0 ? 0 : scheme + 3;
        int end = url.length();
        for (char stop : new char[] {'/', '?', '#'}) {
            int at = url.indexOf(stop, start);
            if (at >= 0 && at < end) end = at;
        }
        int at = url.lastIndexOf('@', end - 1);
        if (at < start) return url;
        String info = url.substring(start, at);
        int colon = info.indexOf(':');
        String safe = colon < 0 ? "***" : info.substring(0, colon) + ":***";
        return url.substring(0, start) + safe + url.substring(at);
    }

    /** {@code text} (an error message, say) with the password of any URL in it replaced. */
    public static String redactedText(String text) {
        return text.replaceAll("(?<=://)([^/@\\s:]*):[^/@\\s]*@", "$1:***@");
    }

    private static URI parse(String url) {
        try {
            URI parsed = new URI(url.trim());
            if (parsed.getScheme() == null) throw new StoreException("the store URL '" + redacted(url) + "' has no scheme; expected e.g. redis://localhost:6379/0");
            return parsed;
        } catch (URISyntaxException e) {
            throw new StoreException("the store URL is malformed at character " + e.getIndex() + ": " + e.getReason());
        }
    }
}
