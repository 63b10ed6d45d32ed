package dev.nerve.bench.jmh;

import dev.nerve.engine.ConnectRequest;
import dev.nerve.engine.Connection;
import dev.nerve.engine.Engine;
import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.ServerMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two hot paths of the engine on the memory store, each down to the encoded message a socket
 * would write: an uncontended lock block (lock, refresh, write, store, delta, release) and the
 * dispatch of one browser event (parse, queue, handler under the lock, commit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LockBlockBenchmark {
    private Engine engine;
    private Connection tab;
    private JmhState live;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong encodedChars = new AtomicLong(); // keeps the encoding from being optimised away
    private long nextEvent = 1;

    @Setup(Level.Trial)
    public void open() throws InterruptedException {
        engine = Engine.create(c -> c.states(JmhState.class));
        ProtocolCodec protocol = engine.protocol();
        tab = engine.connect(ConnectRequest.newTab(), message -> {
            encodedChars.addAndGet(protocol.encode(message).length());
            if (message instanceof ServerMessage.Delta) delivered.incrementAndGet();
        });
        JmhState.LIVE.set(null);
        tab.receive("{\"type\":\"event\",\"id\":0,\"handler\":\"JmhState.capture\",\"args\":[]}");
        while (JmhState.LIVE.get() == null) Thread.onSpinWait();
        live = JmhState.LIVE.get();
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    @Benchmark
    public Integer uncontendedLockBlock() throws InterruptedException {
        return live.lock(() -> {
            live.count.update(c -> c + 1);
            return live.count.get();
        });
    }

    @Benchmark
    public long eventDispatch() {
        long before = delivered.get();
        tab.receive("{\"type\":\"event\",\"id\":" + nextEvent++ + ",\"handler\":\"JmhState.increment\",\"args\":[]}");
        while (delivered.get() == before) Thread.onSpinWait();
        return before;
    }
}
