package dev.nerve.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every scenario and micro-benchmark, run for seconds so the harness cannot rot. It checks that each
 * produced its results (work was done, nothing failed), never how fast: speed is measured by
 * {@code ./nerve bench} and recorded in bench/RESULTS.md.
 */
class QuickBenchTest {

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyScenarioRunsInQuickMode() throws InterruptedException {
        List<Report> reports = Bench.run(Bench.SCENARIOS, Scale.quickScale());

        assertThat(reports).extracting(Report::title).hasSize(Bench.SCENARIOS.size());
        for (Report report : reports) {
            assertThat(report.rows()).as(report.title()).isNotEmpty();
            assertThat(report.markdown()).as(report.title()).doesNotContain("NaN").doesNotContain("Infinity");
        }
        Report roundTrip = reports.get(0);
        for (int row = 0; row < roundTrip.rows().size(); row++) {
            assertThat(roundTrip.number(row, 1)).as("Nerve events/s").isPositive();
            assertThat(roundTrip.number(row, 2)).as("echo messages/s").isPositive();
        }
        Report fanOut = reports.get(1);
        for (int row = 0; row < fanOut.rows().size(); row++) assertThat(fanOut.number(row, 4)).as("delivered updates/s").isPositive();
        Report tasks = reports.get(2);
        assertThat(tasks.number(0, 4)).as("tasks still running").isEqualTo(Scale.quickScale().capacityTasks());
        assertThat(tasks.number(0, 7)).as("lock blocks/s").isPositive();
        Report idle = reports.get(3);
        assertThat(idle.number(0, 1)).as("heap per Nerve tab").isPositive();
        Report redis = reports.get(4);
        assertThat(redis.rows()).hasSize(3);
        for (int row = 0; row < 3; row++) assertThat(redis.number(row, 2)).as("events/s of %s", redis.rows().get(row).get(0)).isPositive();
    }

    @Test
    @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void everyMicroBenchmarkRuns() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev.nerve.bench.jmh.*")
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .build()).run();

        assertThat(results).hasSize(4).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }
}
