package dev.nerve.bench;

import dev.nerve.server.App;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;

/**
 * A server for the load generator, run as a process of its own so its heap is measured alone:
 * {@code nerve} serves {@link BenchState} at {@code /} (on Redis if {@code NERVE_REDIS_URL} is set),
 * {@code echo} is the bare WebSocket echo on the same server stack. It prints {@code ready <port>},
 * then answers {@code heap} on stdin with {@code heap <bytes used after GC>}, and stops at {@code quit}.
 */
public final class BenchServer {
    private BenchServer() { }

    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "nerve";
        AutoCloseable server;
        int port;
        if (mode.equals("echo")) {
            EchoServer echo = EchoServer.start(0);
            server = echo;
            port = echo.port();
        } else {
            App app = App.create(c -> c.port(0).host("127.0.0.1").maxQueuedMessages(100_000))
                    .page("/", BenchState.class, s -> dev.nerve.ui.Html.text(s.count, " ", s.stamp))
                    .start();
            server = app;
            port = app.port();
        }
        System.out.println("ready " + port);
        System.out.flush();
        serve(server);
    }

    private static void serve(AutoCloseable server) throws IOException {
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("quit"); line = commands.readLine()) {
            if (line.equals("heap")) System.out.println("heap " + heapAfterGc());
            System.out.flush();
        }
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("stopping: " + e);
        }
        System.exit(0);
    }

    /** Heap in use after a full collection (several, until it settles). */
    static long heapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024) return Math.min(now, used);
            used = now;
        }
        return used;
    }
}
