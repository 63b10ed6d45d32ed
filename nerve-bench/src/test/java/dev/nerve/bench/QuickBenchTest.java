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
    @Timeout(300)
    void everyScenarioRunsInQuickMode() throws InterruptedException {
        List<Report> reports = Bench.run(Bench.SCENARIOS, Scale.quickScale());

        assertThat(reports).extracting(Report::title).hasSize(Bench.SCENARIOS.size());
        for (Report report : reports) {
            assertThat(report.rows()).as(report.title()).isNotEmpty();
            assertThat(report.markdown()).as(report.title()).doesNotContain("NaN").doesNotContain("Infinity");
        }
        Report roundTrip = reports.getFirst();
        assertThat(roundTrip.rows()).allSatisfy(row -> assertThat(row.get(1)).as("Nerve events/s").isNotEqualTo("0"));
        Report tasks = reports.get(2);
        assertThat(tasks.rows().getFirst().get(4)).as("tasks still running").isEqualTo(Report.format(Scale.quickScale().capacityTasks()));
    }

    @Test
    @Timeout(120)
    void everyMicroBenchmarkRuns() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include("dev.nerve.bench.jmh.*")
                .forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(200))
                .build()).run();

        assertThat(results).hasSize(4).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }
}
