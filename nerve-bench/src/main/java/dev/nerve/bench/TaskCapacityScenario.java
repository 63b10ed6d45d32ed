package dev.nerve.bench;

import java.util.HashMap;
import java.util.Map;

/** 100,000 concurrent background tasks looping over lock blocks, in a JVM capped at 1 GiB of heap. */
final class TaskCapacityScenario {
    private TaskCapacityScenario() { }

    static Report run(Scale scale) {
        String heapCap = scale.isQuick() ? "256m" : "1g";
        Map<String, Long> result;
        try (ServerProcess child = ServerProcess.start(TaskCapacityMain.class, heapCap, Map.of(), Integer.toString(scale.capacityTasks()),
                Integer.toString(scale.capacityTokens()), Integer.toString(scale.capacityPeriodMs()), Long.toString(scale.measure().toMillis()))) {
            result = parse(child.ask("run", "result "));
        }
        long tasks = scale.capacityTasks();
        long heap = result.get("heap");
        double perTask = (heap - result.get("baseline")) / (double) tasks;
        return new Report("Task capacity (engine only, memory store)", "tasks", "tokens", "lock block every", "time to start all",
                "still running", "heap with all running", "heap per task", "lock blocks/s", "heap cap")
                .row(tasks, scale.capacityTokens(), scale.capacityPeriodMs() + " ms", result.get("startMs") + " ms", result.get("running"),
                        mib(heap), Math.round(perTask) + " B", result.get("blocksPerSecond"), heapCap)
                .note("The child JVM runs with -Xmx" + heapCap + ": that every task is still running at the end shows they fit under it. "
                        + "Heap is measured after full GCs; per task = (heap with all tasks - heap before any) / tasks.");
    }

    private static Map<String, Long> parse(String line) {
        if (!line.startsWith("result ")) throw new IllegalStateException("unexpected answer: " + line);
        Map<String, Long> values = new HashMap<>();
        for (String pair : line.substring(7).split(" ")) {
            String[] kv = pair.split("=");
            values.put(kv[0], Long.parseLong(kv[1]));
        }
        return values;
    }

    static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
