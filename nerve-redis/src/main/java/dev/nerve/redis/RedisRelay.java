package dev.nerve.redis;

import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.StateCodec;
import dev.nerve.store.LocalTabs;
import dev.nerve.store.StoreException;
import dev.nerve.store.TabRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivery to tabs across instances (R-RD-4). Each token's tab has a pub/sub channel; the instance
 * holding the tab's socket subscribes to it (and records itself in the {@link TabRegistry}) before
 * the tab is hydrated. Every message for the token, from any instance, is published there while
 * the token's lock is held, so Redis orders them as their changes were stored — including the
 * messages of this instance, whose tab may be elsewhere the next moment. When the pub/sub
 * connection was down, each tab is hydrated again once its channel is subscribed again.
 */
final class RedisRelay implements TabRelay {
    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);
    private static final char MESSAGE = 'm';
    private static final char REPLACED = 'r';
    private static final char REHYDRATE = 'h';

    private final RedisLink link;
    private final RedisKeys keys;
    private final TabRegistry registry;
    private final ProtocolCodec protocol = new ProtocolCodec(StateCodec.defaultMapper());
    /** token → the local connection subscribed for it. */
    private final Map<String, String> subscribed = new ConcurrentHashMap<>();
    private final Set<String> staleSubscriptions = ConcurrentHashMap.newKeySet();
    private volatile LocalTabs tabs;

    RedisRelay(RedisLink link, RedisKeys keys, RedisConfig config, String instance) {
        this.link = link;
        this.keys = keys;
        this.registry = new TabRegistry(link, keys, config, instance);
    }

    @Override
    public void start(LocalTabs tabs) {
        this.tabs = tabs;
        link.onOtherChannels(this::received);
        link.onPubSubLost(() -> staleSubscriptions.addAll(subscribed.keySet()));
        link.onSubscribed(this::resubscribed);
    }

    @Override
    public Claim claim(String token, String tabId, String connection) {
        TabRegistry.Claimed claimed = registry.claim(token, tabId, connection);
        if (claimed == null) return Claim.TAKEN;
        try {
            if (subscribed.put(token, connection) == null) link.subscribe(keys.tabChannel(token));
            if (claimed.previous() != null && !claimed.previous().equals(connection)) publish(token, REPLACED + claimed.previous());
        } catch (StoreException e) {
            leave(token, connection); // no half-claimed tab: neither a record nor a subscription is left behind
            throw e;
        }
        return Claim.CLAIMED;
    }

    @Override
    public void leave(String token, String connection) {
        try {
            registry.leave(token, connection);
        } catch (StoreException e) {
            log.warn("could not record that token {}'s tab left; its record expires by itself: {}", token, e.getMessage());
        } finally {
            if (subscribed.remove(token, connection)) {
                staleSubscriptions.remove(token);
                link.unsubscribe(keys.tabChannel(token));
            }
        }
    }

    @Override
    public void send(String token, ServerMessage message) {
        String text = MESSAGE + protocol.encode(message);
        link.async().publish(keys.tabChannel(token), text).whenComplete((receivers, failure) -> {
            if (failure != null) deliverHere(token, message, failure);
        });
    }

    /**
     * Asks whichever instance holds the token's tab to send it the stored state again: a save whose
     * outcome is unknown (Redis did not answer) may or may not have landed.
     */
    void requestRehydrate(String token) {
        link.async().publish(keys.tabChannel(token), String.valueOf(REHYDRATE)).whenComplete((receivers, failure) -> {
            if (failure != null) tabs.rehydrate(token); // Redis is unreachable: at least a tab here is brought up to date once it can be
        });
    }

    @Override
    public void close() {
        registry.close();
        for (Map.Entry<String, String> entry : subscribed.entrySet()) leave(entry.getKey(), entry.getValue());
    }

    private void publish(String token, String text) {
        link.call("publishing to token " + token, () -> link.sync().publish(keys.tabChannel(token), text));
    }

    /** Redis is unreachable: a tab connected here still gets the message (ordering matters less than the error). */
    private void deliverHere(String token, ServerMessage message, Throwable failure) {
        log.debug("publishing to token {} failed, delivering locally if the tab is here: {}", token, failure.toString());
        tabs.deliver(token, message);
    }

    private void received(String channel, String text) {
        String token = keys.tokenOfTabChannel(channel);
        if (token == null || text.isEmpty()) return;
        String body = text.substring(1);
        switch (text.charAt(0)) {
            case MESSAGE -> tabs.deliver(token, protocol.decodeServer(body));
            case REPLACED -> Thread.ofVirtual().name("nerve-replaced").start(() -> tabs.replaced(token, body));
            case REHYDRATE -> tabs.rehydrate(token);
            default -> log.warn("ignored an unknown message on {}", channel);
        }
    }

    /** A channel was (re)subscribed: a tab here may have missed messages; a tab that left meanwhile is unsubscribed again. */
    private void resubscribed(String channel) {
        String token = keys.tokenOfTabChannel(channel);
        if (token == null) return;
        if (!subscribed.containsKey(token)) link.unsubscribe(channel);
        else if (staleSubscriptions.remove(token)) tabs.rehydrate(token);
    }
}
