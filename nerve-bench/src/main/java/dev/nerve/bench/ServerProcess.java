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

    private ServerProcess(Process process, BufferedReader out, PrintWriter in, int port) {
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
            String ready = out.readLine();
            while (ready != null && !ready.startsWith("ready ")) ready = out.readLine(); // anything a library printed first
            if (ready == null) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " did not start: " + ready + "; log " + log + ":\n" + Files.readString(log));
            }
            return new ServerProcess(process, out, in, Integer.parseInt(ready.substring(6).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    /** Sends {@code command} and returns the first line of the answer. */
    String ask(String command) {
        in.println(command);
        try {
            String line = out.readLine();
            if (line == null) throw new IllegalStateException("the server process ended");
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's heap in use after GC, in bytes. */
    long heap() {
        String answer = ask("heap");
        return Long.parseLong(answer.substring("heap ".length()).trim());
    }

    @Override
    public void close() {
        in.println("quit");
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
