package dev.nerve.redis;

import io.lettuce.core.ScriptOutputType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which instance holds each tab's socket: {@code prefix:{token}:tab} = tab id, connection id,
 * instance id, with an expiry that the holding instance renews while the socket is open. Claiming
 * is atomic, so two tabs presenting one token on two instances cannot both win (R-CON-2).
 */
final class TabRegistry implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TabRegistry.class);
    private final RedisLink link;
    private final RedisKeys keys;
    private final String instance;
    private final long timeToLiveMs;
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private final Script claim = Script.load("tab-claim");
    private final Script leave = Script.load("tab-leave");
    private final Script renew = Script.load("tab-renew");
    private final Thread renewer;

    TabRegistry(RedisLink link, RedisKeys keys, RedisConfig config, String instance) {
        this.link = link;
        this.keys = keys;
        this.instance = instance;
        this.timeToLiveMs = config.tabTimeToLive().toMillis();
        this.renewer = Thread.ofPlatform().daemon().name("nerve-redis-tabs").start(() -> renewEvery(config.tabTimeToLive().dividedBy(3)));
    }

    /** What a successful claim replaced: the previous connection of the same tab, or {@code null}. */
    record Claimed(String previous) { }

    /** Records {@code connection} as the token's tab; {@code null} if another tab holds the token. */
    Claimed claim(String token, String tabId, String connection) {
        List<Object> answer = link.call("registering token " + token + "'s tab", () -> claim.run(link.sync(), ScriptOutputType.MULTI,
                new String[] {keys.tab(token)}, tabId == null ? "" : tabId, connection, instance, Long.toString(timeToLiveMs)));
        if ((Long) answer.get(0) == 0L) return null;
        held.put(token, connection);
        String previous = (String) answer.get(1);
        return new Claimed(previous.isEmpty() ? null : previous);
    }

    void leave(String token, String connection) {
        held.remove(token, connection);
        link.call("unregistering token " + token + "'s tab",
                () -> leave.run(link.sync(), ScriptOutputType.INTEGER, new String[] {keys.tab(token)}, connection));
    }

    @Override
    public void close() {
        renewer.interrupt();
    }

    private void renewEvery(Duration every) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            held.forEach(this::renewQuietly);
        }
    }

    private void renewQuietly(String token, String connection) {
        try {
            link.call("renewing token " + token + "'s tab", () -> renew.run(link.sync(), ScriptOutputType.INTEGER,
                    new String[] {keys.tab(token)}, connection, Long.toString(timeToLiveMs)));
        } catch (RuntimeException e) {
            log.warn("could not renew the record of token {}'s tab: {}", token, e.getMessage());
        }
    }
}
