package dev.nerve.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A {@link BenchServer} (or another main of this module) in a JVM of its own, on the class path of this one. */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    private final int port;
    private final Path log;

    private ServerProcess(Process process, BufferedReader out, PrintWriter in, int port, Path log) {
        this.log = log;
        this.process = process;
        this.out = out;
        this.in = in;
        this.port = port;
    }

    /** Starts {@code BenchServer mode} with {@code heap} as -Xmx and {@code env} added; waits for its port. */
    static ServerProcess start(String mode, String heap, Map<String, String> env) {
        return start(BenchServer.class, heap, env, mode);
    }

    static ServerProcess start(Class<?> main, String heap, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-XX:+UseG1GC"));
        String extra = System.getenv("NERVE_BENCH_SERVER_OPTS"); // e.g. a profiler: -XX:StartFlightRecording=filename=server.jfr
        if (extra != null && !extra.isBlank()) command.addAll(List.of(extra.trim().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile("nerve-bench-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
            builder.environment().putAll(env);
            Process process = builder.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            PrintWriter in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            Thread watchdog = Thread.ofVirtual().start(() -> killUnlessReadyIn(process, java.time.Duration.ofSeconds(60)));
            String ready = out.readLine();
            while (ready != null && !ready.startsWith("ready ")) ready = out.readLine(); // anything a library printed first
            watchdog.interrupt();
            if (ready == null) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " did not start; log " + log + ":\n" + Files.readString(log));
            }
            return new ServerProcess(process, out, in, Integer.parseInt(ready.substring(6).trim()), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Sends {@code command} and returns the first line of the answer that starts with {@code prefix}. */
    String ask(String command, String prefix) {
        in.println(command);
        try {
            String line = out.readLine();
            while (line != null && !line.startsWith(prefix)) line = out.readLine(); // a profiler's or logger's lines
            if (line == null) throw new IllegalStateException("the server process ended; log " + log);
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's heap in use after GC, in bytes. */
    long heap() {
        String answer = ask("heap", "heap ");
        return Long.parseLong(answer.substring("heap ".length()).trim());
    }

    @Override
    public void close() {
        in.println("quit");
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
            else if (process.exitValue() == 0) Files.deleteIfExists(log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } catch (IOException e) {
            // the log stays behind
        }
    }

    private static void killUnlessReadyIn(Process process, java.time.Duration limit) {
        try {
            Thread.sleep(limit);
            process.destroyForcibly(); // the reader then sees the end of its output and reports the log
        } catch (InterruptedException ready) {
            // it started in time
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
