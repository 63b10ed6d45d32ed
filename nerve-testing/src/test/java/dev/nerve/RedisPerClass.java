package dev.nerve;

import dev.nerve.testing.LocalRedis;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real redis-server for all tests of a class: {@code @RegisterExtension static final RedisPerClass
 * redis = new RedisPerClass();} starts it before the first test and stops it after the last.
 */
public final class RedisPerClass implements BeforeAllCallback, AfterAllCallback {
    private LocalRedis server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = LocalRedis.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
    }

    /** The running server. */
    public LocalRedis server() {
        return server;
    }

    public String url(int database) {
        return server.url(database);
    }

    public String url() {
        return server.url();
    }

    public String command(int database, String... words) {
        return server.command(database, words);
    }

    public String command(String... words) {
        return server.command(words);
    }

    public LocalRedis.Monitor monitor() {
        return server.monitor();
    }
}
