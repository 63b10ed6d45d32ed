package dev.nerve.bench;

import dev.nerve.testing.LocalRedis;

import java.util.List;
import java.util.Map;

/** The round trip on two instances sharing one redis-server, against one instance on the memory store. */
final class RedisScenario {
    private RedisScenario() { }

    static Report run(Scale scale) throws InterruptedException {
        int tabs = scale.redisTabs();
        Latencies memory;
        Latencies redis;
        try (ServerProcess single = ServerProcess.start("nerve", scale.serverHeap(), Map.of())) {
            memory = ClosedLoop.run(single.port(), tabs, true, scale);
        }
        try (LocalRedis server = LocalRedis.start();
             ServerProcess a = ServerProcess.start("nerve", scale.serverHeap(), Map.of("NERVE_REDIS_URL", server.url()));
             ServerProcess b = ServerProcess.start("nerve", scale.serverHeap(), Map.of("NERVE_REDIS_URL", server.url()))) {
            redis = ClosedLoop.run(List.of(a.port(), b.port()), tabs, true, scale);
        }
        return new Report("Event round trip on Redis", "setup", "tabs", "events/s", "p50 ms", "p99 ms")
                .row("1 instance, memory store", tabs, memory.perSecond(), memory.percentileMs(50), memory.percentileMs(99))
                .row("2 instances, one Redis", tabs, redis.perSecond(), redis.percentileMs(50), redis.percentileMs(99))
                .note("An event on Redis waits for two scripts (take the lock and refresh; save, checking the lock is still "
                        + "held), queues the delta's PUBLISH and the release, and reaches its tab through the token's channel; "
                        + "the instances, Redis and the generator share the same two cores.");
    }
}
