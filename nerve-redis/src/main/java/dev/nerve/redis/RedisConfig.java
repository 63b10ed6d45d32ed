package dev.nerve.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link RedisStore}, edited in the lambda passed to {@link RedisStore#connect}. The same
 * settings can be given as query parameters of the store URL (see {@link RedisStore}).
 */
public final class RedisConfig {
    private Duration lockExpiry = Duration.ofSeconds(10);
    private boolean leaseRenewal = true;
    private Duration lockWarning = Duration.ofSeconds(2);
    private Duration tokenTimeToLive = Duration.ofHours(1);
    private Duration commandTimeout = Duration.ofSeconds(2);
    private Duration tabTimeToLive = Duration.ofSeconds(60);
    private String prefix = "nerve";

    RedisConfig() { }

    /**
     * How long a token's lock lives in Redis without being renewed; default 10 s. A holder that dies
     * keeps its tokens locked at most this long. A live holder renews it (see {@link #leaseRenewal}).
     */
    public RedisConfig lockExpiry(Duration expiry) {
        this.lockExpiry = positive("lockExpiry", expiry);
        return this;
    }

    /**
     * Whether a held lock is renewed every third of its expiry, so a long lock block keeps it (R-RD-3);
     * default on. Off, a block held past the expiry loses the lock and its writes are refused on exit.
     */
    public RedisConfig leaseRenewal(boolean renew) {
        this.leaseRenewal = renew;
        return this;
    }

    /** A lock held longer than this is logged with its token and the time held; default 2 s. */
    public RedisConfig lockWarning(Duration threshold) {
        this.lockWarning = positive("lockWarning", threshold);
        return this;
    }

    /** How long a token's state lives in Redis unused (R-CON-3); default one hour. */
    public RedisConfig tokenTimeToLive(Duration timeToLive) {
        this.tokenTimeToLive = positive("tokenTimeToLive", timeToLive);
        return this;
    }

    /**
     * How long one Redis command may take before it fails; default 2 s. While Redis is unreachable,
     * commands fail at once instead, so events get their error quickly.
     */
    public RedisConfig commandTimeout(Duration timeout) {
        this.commandTimeout = positive("commandTimeout", timeout);
        return this;
    }

    /**
     * How long the record of which instance holds a tab's socket lives unless that instance renews it
     * (every third of this); default 60 s. After a crash, a tab's token counts as in use this long.
     */
    public RedisConfig tabTimeToLive(Duration timeToLive) {
        this.tabTimeToLive = positive("tabTimeToLive", timeToLive);
        return this;
    }

    /** The first part of every key and channel name, so apps can share one Redis; default {@code nerve}. */
    public RedisConfig prefix(String prefix) {
        if (Objects.requireNonNull(prefix).isBlank()) throw new IllegalArgumentException("prefix must not be blank");
        this.prefix = prefix;
        return this;
    }

    /** The configured settings; see the setters of the same names. */
    public Duration lockExpiry() { return lockExpiry; }
    public boolean leaseRenewal() { return leaseRenewal; }
    public Duration lockWarning() { return lockWarning; }
    public Duration tokenTimeToLive() { return tokenTimeToLive; }
    public Duration commandTimeout() { return commandTimeout; }
    public Duration tabTimeToLive() { return tabTimeToLive; }
    public String prefix() { return prefix; }

    private static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) throw new IllegalArgumentException(name + " must be positive, not " + value);
        return value;
    }
}
