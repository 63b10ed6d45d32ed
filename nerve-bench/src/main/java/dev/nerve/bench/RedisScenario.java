package dev.nerve.bench;

import dev.nerve.testing.LocalRedis;

import java.util.List;
import java.util.Map;

/** The round trip on two instances sharing one redis-server, against one instance on the memory store. */
final class RedisScenario {
    private RedisScenario() { }

    static Report run(Scale scale) throws InterruptedException {
        int tabs = scale.redisTabs();
        Report report = new Report("Event round trip on Redis", "setup", "tabs", "events/s", "p50 ms", "p99 ms");
        try (ServerProcess single = ServerProcess.start("nerve", scale.serverHeap(), Map.of())) {
            row(report, "1 instance, memory store", ClosedLoop.run(single.port(), tabs, true, scale), tabs);
        }
        try (LocalRedis server = LocalRedis.start()) {
            Map<String, String> env = Map.of("NERVE_REDIS_URL", server.url());
            try (ServerProcess one = ServerProcess.start("nerve", scale.serverHeap(), env)) {
                row(report, "1 instance, Redis", ClosedLoop.run(one.port(), tabs, true, scale), tabs);
            }
            try (ServerProcess a = ServerProcess.start("nerve", scale.serverHeap(), env);
                 ServerProcess b = ServerProcess.start("nerve", scale.serverHeap(), env)) {
                row(report, "2 instances, one Redis", ClosedLoop.run(List.of(a.port(), b.port()), tabs, true, scale), tabs);
            }
        }
        return report
                .note("An event on Redis waits for two scripts (take the lock and refresh; save, checking the lock is still "
                        + "held), queues the delta's PUBLISH and the release, and reaches its tab through the token's channel; "
                        + "the instances, Redis and the generator share the same two cores. Each row starts fresh server "
                        + "processes, so they are compared at the same (short) warm-up.");
    }

    private static void row(Report report, String setup, Latencies run, int tabs) {
        report.row(setup, tabs, run.perSecond(), run.percentileMs(50), run.percentileMs(99));
    }
}
