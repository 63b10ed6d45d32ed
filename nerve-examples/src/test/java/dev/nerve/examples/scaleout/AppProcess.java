package dev.nerve.examples.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The examples app in a JVM of its own (as one instance behind a load balancer would be), on a free
 * port, with the environment a deployment would give it. Its log goes to {@code target/}.
 */
final class AppProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code ExamplesApp} with {@code NERVE_REDIS_URL} set, and waits until it serves pages. */
    static AppProcess start(String name, String redisUrl) {
        try {
            int port = freePort();
            Path log = Files.createDirectories(Path.of("target", "processes")).resolve(name + ".log");
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                    "dev.nerve.examples.ExamplesApp")).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("PORT", Integer.toString(port), "NERVE_REDIS_URL", redisUrl));
            AppProcess app = new AppProcess(builder.start(), port, log);
            app.awaitServing();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitServing() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).timeout(Duration.ofSeconds(2)).build();
        await("the app process on port " + port + " to serve (log: " + log.toAbsolutePath() + ")")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .failFast("the app process exited", () -> !process.isAlive())
                .until(() -> {
                    try {
                        return http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
