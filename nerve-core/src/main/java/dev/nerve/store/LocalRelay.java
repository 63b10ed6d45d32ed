package dev.nerve.store;

import dev.nerve.protocol.ServerMessage;

/** {@link TabRelay#local()}: hands every message straight to this process's tab; duplicates are found locally. */
final class LocalRelay implements TabRelay {
    private volatile LocalTabs tabs;

    @Override
    public void start(LocalTabs tabs) {
        this.tabs = tabs;
    }

    @Override
    public Claim claim(String token, String tabId, String connection) {
        return Claim.CLAIMED;
    }

    @Override
    public void leave(String token, String connection) { }

    @Override
    public void send(String token, ServerMessage message) {
        tabs.deliver(token, message);
    }
}
