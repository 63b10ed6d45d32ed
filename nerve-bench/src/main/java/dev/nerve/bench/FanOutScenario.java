package dev.nerve.bench;

import org.eclipse.jetty.websocket.api.Session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Background fan-out: every tab starts several background tasks, each taking a lock block every
 * period that stamps the time; the tabs count the deltas that arrive and how late (stamp to arrival).
 */
final class FanOutScenario {
    private FanOutScenario() { }

    static Report run(Scale scale) throws InterruptedException {
        Report report = new Report("Background fan-out", "tabs", "tasks per tab", "lock block every", "demanded updates/s",
                "delivered updates/s", "p50 lag ms", "p99 lag ms", "max lag ms");
        measure(report, scale, scale.fanOutTabs());
        measure(report, scale, scale.fanOutTabs() / 2);
        return report.note("Lag is from the lock block's stamp (taken inside the block, before the store write) to the tab's receipt "
                + "of the delta, on one clock. The tabs run in the generator's JVM, the server in its own, on the same cores. "
                + "The second row asks for half as much, to show the lag of a server that keeps up.");
    }

    private static void measure(Report report, Scale scale, int tabs) throws InterruptedException {
        Latencies lag = new Latencies();
        LongAdder updates = new LongAdder();
        CountDownLatch hydrated = new CountDownLatch(tabs);
        long blocks = (scale.warmup().toMillis() + scale.measure().toMillis()) / scale.pulseMs() + 20;
        try (ServerProcess nerve = ServerProcess.start("nerve", scale.serverHeap(), Map.of()); Tabs client = Tabs.client()) {
            List<Session> sessions = client.open(nerve.port(), tabs, (tab, text) -> {
                if (text.startsWith("{\"type\":\"hydrate\"")) hydrated.countDown();
                long stamp = ClosedLoop.number(text, "\"stamp\":");
                if (stamp <= 0) return;
                updates.increment();
                lag.record(BenchState.nowMicros() - stamp);
            });
            if (!hydrated.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("tabs were not hydrated");
            String pulse = "{\"type\":\"event\",\"id\":%d,\"handler\":\"BenchState.pulse\",\"args\":[" + scale.pulseMs() + "," + blocks + "]}";
            for (Session session : sessions) {
                for (int task = 1; task <= scale.tasksPerTab(); task++) Tabs.send(session, pulse.formatted(task));
            }
            Thread.sleep(scale.warmup());
            long before = updates.sum();
            lag.start();
            Thread.sleep(scale.measure());
            lag.stop();
            double perSecond = (updates.sum() - before) / lag.seconds();
            double demanded = tabs * scale.tasksPerTab() * (1000.0 / scale.pulseMs());
            report.row(tabs, scale.tasksPerTab(), scale.pulseMs() + " ms", demanded, perSecond,
                    lag.percentileMs(50), lag.percentileMs(99), lag.percentileMs(100));
        }
    }
}
