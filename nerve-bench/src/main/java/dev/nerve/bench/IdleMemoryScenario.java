package dev.nerve.bench;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Heap per connected idle tab: the server's heap after GC with N hydrated tabs, minus before, over N; the echo beside it. */
final class IdleMemoryScenario {
    private IdleMemoryScenario() { }

    static Report run(Scale scale) throws InterruptedException {
        int tabs = scale.idleTabs();
        long nerve = perTab("nerve", tabs, scale);
        long echo = perTab("echo", tabs, scale);
        return new Report("Memory per connected idle tab", "tabs", "Nerve heap per tab", "echo heap per tab", "Nerve minus echo")
                .row(tabs, kib(nerve), kib(echo), kib(nerve - echo))
                .note("Server heap after full GCs with every tab connected (and, for Nerve, hydrated), minus the heap before, "
                        + "divided by the tabs. The echo column is what Jetty's WebSocket alone costs.");
    }

    private static long perTab(String mode, int tabs, Scale scale) throws InterruptedException {
        try (ServerProcess server = ServerProcess.start(mode, scale.serverHeap(), Map.of()); Tabs client = Tabs.client()) {
            long before = server.heap();
            CountDownLatch ready = new CountDownLatch(mode.equals("nerve") ? tabs : 0);
            client.open(server.port(), tabs, (tab, text) -> {
                if (text.startsWith("{\"type\":\"hydrate\"")) ready.countDown();
            });
            if (!ready.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("tabs were not hydrated");
            long after = server.heap();
            return (after - before) / tabs;
        }
    }

    private static String kib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
