package dev.nerve.redis;

/**
 * Every key and channel name Nerve uses in Redis, in one place. A token's keys share the hash tag
 * {@code {token}}, so they live in one slot and one script may touch them all.
 *
 * <pre>
 *   prefix:{token}:state:Name   hash: var name → JSON, plus "#version"   (expires after the token TTL)
 *   prefix:{token}:states       set of the state names stored             (same expiry)
 *   prefix:{token}:lock         the lock's owner id                       (expires after the lock expiry)
 *   prefix:{token}:tab          hash: tab, conn, instance of the socket   (expires after the tab TTL)
 *   channel prefix:db:tab:token     messages for the token's tab
 *   channel prefix:db:released      token names whose lock was just released
 * </pre>
 *
 * Pub/sub channels are shared by all databases of a server, so channel names carry the database.
 */
final class RedisKeys {
    /** The hash field holding a state's version; not a Java identifier, so no var can have this name. */
    static final String VERSION = "#version";

    private final String prefix;
    private final String channelPrefix;

    RedisKeys(String prefix, int database) {
        this.prefix = prefix;
        this.channelPrefix = prefix + ":" + database + ":";
    }

    String state(String token, String stateName) {
        return statePrefix(token) + stateName;
    }

    /** What {@link #state} puts before the state's name (scripts build keys from names with it). */
    String statePrefix(String token) {
        return tokenPrefix(token) + "state:";
    }

    String stateIndex(String token) {
        return tokenPrefix(token) + "states";
    }

    String lock(String token) {
        return tokenPrefix(token) + "lock";
    }

    String tab(String token) {
        return tokenPrefix(token) + "tab";
    }

    String tabChannel(String token) {
        return channelPrefix + "tab:" + token;
    }

    /** The token named by a {@link #tabChannel}, or {@code null} if {@code channel} is not one. */
    String tokenOfTabChannel(String channel) {
        String head = channelPrefix + "tab:";
        return channel.startsWith(head) ? channel.substring(head.length()) : null;
    }

    String releasedChannel() {
        return channelPrefix + "released";
    }

    private String tokenPrefix(String token) {
        return prefix + ":{" + token + "}:";
    }
}
