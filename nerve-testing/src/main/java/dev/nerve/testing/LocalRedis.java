package dev.nerve.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * A real {@code redis-server} for tests, on a free loopback port, in a directory of its own: start
 * it, point a store at {@link #url(int)}, stop it. With {@link #persistent()} every write is
 * appended to disk before Redis answers, so {@link #restart()} loses nothing that was committed.
 * Fails with a clear message when {@code redis-server} is not installed; it never skips.
 */
public final class LocalRedis implements AutoCloseable {
    private static final Duration STARTUP = Duration.ofSeconds(10);
    private final Path dir;
    private final int port;
    private final boolean persistent;
    private Process process;

    private LocalRedis(Path dir, int port, boolean persistent) {
        this.dir = dir;
        this.port = port;
        this.persistent = persistent;
    }

    /** A fresh server that keeps nothing on disk. */
    public static LocalRedis start() {
        return launch(false);
    }

    /** A fresh server with an append-only file synced on every write, so a restart keeps committed data. */
    public static LocalRedis persistent() {
        return launch(true);
    }

    /** {@code redis://127.0.0.1:port/database}. */
    public String url(int database) {
        return "redis://127.0.0.1:" + port + "/" + database;
    }

    /** The URL of database 0. */
    public String url() {
        return url(0);
    }

    /** The loopback port the server listens on; it stays the same across restarts. */
    public int port() {
        return port;
    }

    /** Stops the server at once (no save), as a crash would; {@link #startAgain()} brings it back on the same port. */
    public void kill() {
        if (process == null) return;
        process.destroyForcibly();
        waitFor(process);
        process = null;
    }

    /** Starts the server again on the same port and directory, after {@link #kill()}. */
    public void startAgain() {
        if (process != null) throw new IllegalStateException("the server is running");
        process = run(dir, port, persistent);
    }

    /** Kills the server and starts it again on the same port and directory. */
    public void restart() {
        kill();
        startAgain();
    }

    /** Runs one command on database 0 and returns its reply as Redis wrote it (for assertions in tests). */
    public String command(String... words) {
        return command(0, words);
    }

    /** Runs one command on {@code database} and returns its reply as Redis wrote it, e.g. {@code ":1"} or {@code "$2\r\nhi"}. */
    public String command(int database, String... words) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(resp("SELECT", Integer.toString(database)));
            out.write(resp(words));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            readReply(in);
            return readReply(in);
        } catch (IOException e) {
            throw new UncheckedIOException("redis on port " + port + " did not answer", e);
        }
    }

    private static byte[] resp(String... words) {
        StringBuilder command = new StringBuilder("*" + words.length + "\r\n");
        for (String word : words) command.append('$').append(word.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(word).append("\r\n");
        return command.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One reply: its first line, and for bulk strings and arrays what follows, joined with CRLF. */
    private static String readReply(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) throw new IOException("connection closed");
        StringBuilder reply = new StringBuilder(line);
        if (line.startsWith("$") && !line.equals("$-1")) reply.append("\r\n").append(in.readLine());
        int elements = line.startsWith("*") ? Integer.parseInt(line.substring(1)) : 0;
        for (int i = 0; i < elements; i++) reply.append("\r\n").append(readReply(in));
        return reply.toString();
    }

    /** Starts recording every command the server runs (Redis's MONITOR), until the monitor is closed. */
    public Monitor monitor() {
        return new Monitor(this);
    }

    /** The commands a {@link LocalRedis} ran while a monitor was open, one line each as MONITOR prints them. */
    public static final class Monitor implements AutoCloseable {
        private final Socket socket;
        private final List<String> lines = new CopyOnWriteArrayList<>();

        private final LocalRedis redis;

        private Monitor(LocalRedis redis) {
            this.redis = redis;
            int port = redis.port;
            try {
                socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(resp("MONITOR"));
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                String ok = in.readLine();
                if (!"+OK".equals(ok)) throw new IllegalStateException("MONITOR answered " + ok);
                Thread.ofVirtual().name("redis-monitor").start(() -> read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("could not monitor redis on port " + port, e);
            }
        }

        /** A copy of the lines recorded so far; call {@link #catchUp()} first to include the latest commands. */
        public List<String> lines() {
            return List.copyOf(lines);
        }

        /** Forgets what was recorded so far, after {@link #catchUp()}. */
        public void clear() {
            catchUp();
            lines.clear();
        }

        /** Waits until the monitor has recorded every command the server ran before this call (MONITOR lines arrive a little late). */
        public void catchUp() {
            String marker = "nerve-monitor-mark-" + System.nanoTime();
            redis.command("ECHO", marker);
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (lines.stream().noneMatch(line -> line.contains(marker))) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("the monitor did not see " + marker);
                Thread.onSpinWait();
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        private void read(BufferedReader in) {
            try {
                for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
            } catch (IOException closed) {
                // the monitor was closed
            }
        }
    }

    @Override
    public void close() {
        kill();
        deleteQuietly(dir);
    }

    private static LocalRedis launch(boolean persistent) {
        try {
            Path dir = Files.createTempDirectory("nerve-redis-");
            LocalRedis redis = new LocalRedis(dir, freePort(), persistent);
            redis.startAgain();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Process run(Path dir, int port, boolean persistent) {
        List<String> command = new ArrayList<>(List.of(executable(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--daemonize", "no", "--loglevel", "warning"));
        if (persistent) command.addAll(List.of("--appendonly", "yes", "--appendfsync", "always"));
        else command.addAll(List.of("--appendonly", "no"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile()).start();
            awaitListening(process, port, dir);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start redis-server", e);
        }
    }

    private static String executable() {
        for (String candidate : List.of("/usr/bin/redis-server", "/usr/local/bin/redis-server")) {
            if (Files.isExecutable(Path.of(candidate))) return candidate;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String entry : path.split(":")) {
            if (Files.isExecutable(Path.of(entry, "redis-server"))) return Path.of(entry, "redis-server").toString();
        }
        throw new IllegalStateException("redis-server is not installed; the Redis tests need it (Debian: apt-get install redis-server; .ci/run installs it)");
    }

    private static void awaitListening(Process process, int port, Path dir) throws IOException {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("redis-server exited: " + Files.readString(dir.resolve("redis.log")));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                if (answersPing(socket)) return;
            } catch (IOException notYet) {
                // still starting
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting redis-server", e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("redis-server did not start on port " + port + " within " + STARTUP.toSeconds() + " s");
    }

    private static boolean answersPing(Socket socket) throws IOException {
        socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
        socket.setSoTimeout(1_000);
        byte[] reply = new byte[64];
        int read = socket.getInputStream().read(reply);
        return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
