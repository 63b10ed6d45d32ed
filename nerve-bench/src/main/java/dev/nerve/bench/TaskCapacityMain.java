package dev.nerve.bench;

import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.engine.Engine;
import dev.nerve.protocol.ServerMessage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Task capacity, in a JVM of its own so its heap holds nothing else: the engine alone (memory store,
 * no sockets), {@code tokens} tabs, then {@code tasks} background tasks that each take a lock block
 * every {@code periodMs}. Prints {@code ready 0}, waits for {@code run}, prints one {@code result} line.
 */
public final class TaskCapacityMain {
    private TaskCapacityMain() { }

    public static void main(String[] args) throws Exception {
        int tasks = Integer.parseInt(args[0]);
        int tokens = Integer.parseInt(args[1]);
        int periodMs = Integer.parseInt(args[2]);
        long measureMs = Long.parseLong(args[3]);
        System.out.println("ready 0");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"run".equals(in.readLine())) return;
        System.out.println(measure(tasks, tokens, periodMs, measureMs));
        System.out.flush();
        in.readLine();
        System.exit(0);
    }

    private static String measure(int tasks, int tokens, int periodMs, long measureMs) throws InterruptedException {
        LongAdder blocks = new LongAdder();
        int perToken = (tasks + tokens - 1) / tokens;
        try (Engine engine = Engine.create(c -> c.states(BenchState.class).maxTasksPerToken(Math.max(100, perToken)))) {
            List<Connection> tabs = new ArrayList<>();
            for (int t = 0; t < tokens; t++) {
                tabs.add(engine.connect(ConnectRequest.newTab(), message -> {
                    if (message instanceof ServerMessage.Delta delta && !delta.isEmpty()) blocks.increment();
                }));
            }
            long baseline = BenchServer.heapAfterGc();
            long blocksEach = 1_000_000;
            long started = System.nanoTime();
            for (int i = 0; i < tasks; i++) {
                tabs.get(i % tokens).receive("{\"type\":\"event\",\"id\":" + (i + 1) + ",\"handler\":\"BenchState.pulse\",\"args\":[" + periodMs + "," + blocksEach + "]}");
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (engine.backgroundTasks().count() < tasks) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("only " + engine.backgroundTasks().count() + " tasks started in 2 minutes");
                Thread.sleep(1);
            }
            long startMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            Thread.sleep(2L * periodMs);
            long before = blocks.sum();
            long measuredFrom = System.nanoTime();
            Thread.sleep(measureMs);
            double perSecond = (blocks.sum() - before) / ((System.nanoTime() - measuredFrom) / 1e9);
            long heap = BenchServer.heapAfterGc();
            int running = engine.backgroundTasks().count();
            return "result startMs=" + startMs + " baseline=" + baseline + " heap=" + heap + " running=" + running
                    + " blocksPerSecond=" + Math.round(perSecond) + " maxHeap=" + Runtime.getRuntime().maxMemory();
        }
    }
}
