package dev.nerve.bench;

import org.eclipse.jetty.websocket.api.Session;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Many tabs, each sending one increment event, waiting for the message that finishes it, and sending
 * the next: events per second and round-trip latency. Against Nerve the answer is the delta carrying
 * the event's id; against the bare echo it is the same text coming back.
 */
final class ClosedLoop {
    private final int tabs;
    private final boolean nerve;
    private final AtomicLongArray sentAt;
    private final AtomicLongArray ids;
    private final Latencies latencies = new Latencies();
    private final CountDownLatch hydrated;
    private final java.util.concurrent.atomic.LongAdder errors = new java.util.concurrent.atomic.LongAdder();
    private volatile List<Session> sessions;
    private volatile boolean running = true;

    private ClosedLoop(int tabs, boolean nerve) {
        this.tabs = tabs;
        this.nerve = nerve;
        this.sentAt = new AtomicLongArray(tabs);
        this.ids = new AtomicLongArray(tabs);
        this.hydrated = new CountDownLatch(nerve ? tabs : 0);
    }

    /** Runs {@code tabs} closed loops against {@code port} for the scale's warm-up, then measures. */
    static Latencies run(int port, int tabs, boolean nerve, Scale scale) throws InterruptedException {
        return run(List.of(port), tabs, nerve, scale);
    }

    /** Like {@link #run(int, int, boolean, Scale)}, the tabs spread evenly over several servers. */
    static Latencies run(List<Integer> ports, int tabs, boolean nerve, Scale scale) throws InterruptedException {
        ClosedLoop loop = new ClosedLoop(tabs, nerve);
        try (Tabs client = Tabs.client()) {
            loop.sessions = loop.open(client, ports);
            if (!loop.hydrated.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("tabs were not hydrated");
            for (int tab = 0; tab < tabs; tab++) loop.sendNext(tab);
            Thread.sleep(scale.warmup());
            loop.latencies.start();
            Thread.sleep(scale.measure());
            loop.latencies.stop();
            loop.running = false;
        }
        if (loop.errors.sum() > 0) throw new IllegalStateException(loop.errors.sum() + " events failed; the server's log says why");
        return loop.latencies;
    }

    private List<Session> open(Tabs client, List<Integer> ports) {
        Session[] all = new Session[tabs];
        int per = (tabs + ports.size() - 1) / ports.size();
        for (int p = 0; p < ports.size(); p++) {
            int first = p * per;
            int count = Math.min(per, tabs - first);
            if (count <= 0) break;
            List<Session> opened = client.open(ports.get(p), count, (i, text) -> received(first + i, text));
            for (int i = 0; i < count; i++) all[first + i] = opened.get(i);
        }
        return List.of(all);
    }

    private void received(int tab, String text) {
        if (nerve && text.startsWith("{\"type\":\"hydrate\"")) {
            hydrated.countDown();
            return;
        }
        if (nerve && text.startsWith("{\"type\":\"error\"")) {
            errors.increment(); // a failed event is not a round trip: the run is void
            return;
        }
        if (nerve && !text.startsWith("{\"type\":\"delta\"")) return;
        long id = number(text, nerve ? "\"event\":" : "\"id\":");
        if (id != ids.get(tab)) return;
        latencies.record((System.nanoTime() - sentAt.get(tab)) / 1000);
        if (running) sendNext(tab);
    }

    private void sendNext(int tab) {
        long id = ids.incrementAndGet(tab);
        sentAt.set(tab, System.nanoTime());
        Tabs.send(sessions.get(tab), "{\"type\":\"event\",\"id\":" + id + ",\"handler\":\"BenchState.increment\",\"args\":[]}");
    }

    /** The number after {@code key} in {@code text}, or -1. */
    static long number(String text, String key) {
        int at = text.lastIndexOf(key);
        if (at < 0) return -1;
        long value = 0;
        boolean any = false;
        for (int i = at + key.length(); i < text.length() && Character.isDigit(text.charAt(i)); i++) {
            value = value * 10 + (text.charAt(i) - '0');
            any = true;
        }
        return any ? value : -1;
    }
}
