package dev.nerve.bench;

import java.time.Duration;
import java.util.List;

/**
 * How big each scenario runs: the sizes of the issue ({@link #full()}), or a quick pass of seconds
 * that the test suite runs so the harness cannot rot ({@link #quickScale()}).
 */
record Scale(boolean isQuick, List<Integer> roundTripTabs, Duration warmup, Duration measure,
             int fanOutTabs, int tasksPerTab, int pulseMs,
             int capacityTasks, int capacityTokens, int capacityPeriodMs,
             int idleTabs, int redisTabs, String serverHeap) {

    static Scale full() {
        return new Scale(false, List.of(1, 100, 1000), Duration.ofSeconds(3), Duration.ofSeconds(10),
                1000, 10, 100,
                100_000, 1000, 1000,
                10_000, 100, "2g");
    }

    static Scale quickScale() {
        return new Scale(true, List.of(1, 10), Duration.ofMillis(300), Duration.ofSeconds(1),
                20, 2, 100,
                1000, 10, 200,
                100, 10, "512m");
    }
}
