package dev.nerve.bench;

import java.util.Map;

/** Event round trip at 1, 100 and 1000 tabs: Nerve against the bare echo on the same stack, in one run. */
final class RoundTripScenario {
    private RoundTripScenario() { }

    static Report run(Scale scale) throws InterruptedException {
        Report report = new Report("Event round trip (closed loop, loopback)",
                "tabs", "Nerve events/s", "echo msgs/s", "throughput ratio", "Nerve p50 ms", "echo p50 ms", "Nerve p99 ms", "echo p99 ms", "p99 ratio");
        try (ServerProcess nerve = ServerProcess.start("nerve", scale.serverHeap(), Map.of());
             ServerProcess echo = ServerProcess.start("echo", scale.serverHeap(), Map.of())) {
            for (int tabs : scale.roundTripTabs()) {
                Latencies framework = ClosedLoop.run(nerve.port(), tabs, true, scale);
                Latencies floor = ClosedLoop.run(echo.port(), tabs, false, scale);
                report.row(tabs, framework.perSecond(), floor.perSecond(), floor.perSecond() / framework.perSecond(),
                        framework.percentileMs(50), floor.percentileMs(50), framework.percentileMs(99), floor.percentileMs(99),
                        framework.percentileMs(99) / Math.max(0.001, floor.percentileMs(99)));
            }
        }
        return report.note("Each tab sends `BenchState.increment` and waits for the delta carrying its id before sending the next; "
                + "the echo tabs send the same text and wait for it to come back. Throughput ratio = echo/Nerve (1.0 = no framework cost).");
    }
}
