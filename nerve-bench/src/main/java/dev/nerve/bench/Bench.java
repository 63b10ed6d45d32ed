package dev.nerve.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the scenarios of {@code bench/RESULTS.md} and prints their tables in Markdown.
 *
 * <pre>
 *   ./nerve bench                       every scenario at full size (minutes)
 *   ./nerve bench roundtrip fanout      some of them
 *   ./nerve bench --quick               every scenario in seconds (what the test suite runs)
 * </pre>
 *
 * Scenarios: {@code roundtrip}, {@code fanout}, {@code tasks}, {@code idle}, {@code redis}.
 */
public final class Bench {
    static final List<String> SCENARIOS = List.of("roundtrip", "fanout", "tasks", "idle", "redis");

    private Bench() { }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Set<String> chosen = new LinkedHashSet<>();
        for (String arg : args) if (!arg.startsWith("--")) chosen.add(arg);
        if (chosen.isEmpty() || chosen.contains("all")) chosen.addAll(SCENARIOS);
        chosen.remove("all");
        System.out.println(machine());
        for (Report report : run(List.copyOf(chosen), quick ? Scale.quickScale() : Scale.full())) {
            System.out.println();
            System.out.println(report.markdown());
        }
    }

    /** Runs the named scenarios at {@code scale}, in order. */
    static List<Report> run(List<String> scenarios, Scale scale) throws InterruptedException {
        List<Report> reports = new ArrayList<>();
        for (String scenario : scenarios) {
            System.err.println("bench: " + scenario + (scale.isQuick() ? " (quick)" : ""));
            reports.add(switch (scenario) {
                case "roundtrip" -> RoundTripScenario.run(scale);
                case "fanout" -> FanOutScenario.run(scale);
                case "tasks" -> TaskCapacityScenario.run(scale);
                case "idle" -> IdleMemoryScenario.run(scale);
                case "redis" -> RedisScenario.run(scale);
                default -> throw new IllegalArgumentException("unknown scenario " + scenario + "; choose from " + SCENARIOS);
            });
        }
        return reports;
    }

    /** One line describing the machine and the JVM. */
    static String machine() {
        return "Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores, " + memory()
                + "; Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")";
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB RAM").orElse("");
        } catch (IOException e) {
            return "";
        }
    }
}
