package dev.nerve.bench.jmh;

import dev.nerve.protocol.ProtocolCodec;
import dev.nerve.protocol.RawJson;
import dev.nerve.protocol.ServerMessage;
import dev.nerve.state.StateCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a flush does per changed var and per message: encode each value to JSON (as it is stored),
 * then encode the delta that carries them to the browser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DeltaBenchmark {
    private final StateCodec codec = new StateCodec(StateCodec.defaultMapper());
    private final ProtocolCodec protocol = new ProtocolCodec(StateCodec.defaultMapper());
    // not final: values the JIT cannot fold into constants
    private int count = 42;
    private String label = "a label of ordinary length";
    private List<JmhState.Row> rows = List.of(new JmhState.Row(1, "first", false), new JmhState.Row(2, "second", true),
            new JmhState.Row(3, "third", false));
    private ServerMessage.Delta delta = delta();

    /** Encoding three changed vars (an int, a string, a list of three records). */
    @Benchmark
    public int encodeThreeVars() {
        return codec.encode("JmhState.count", count).length()
                + codec.encode("JmhState.label", label).length()
                + codec.encode("JmhState.rows", rows).length();
    }

    /** Encoding the delta message of those vars, as the socket writer does. */
    @Benchmark
    public String encodeDeltaMessage() {
        return protocol.encode(delta);
    }

    private ServerMessage.Delta delta() {
        Map<String, RawJson> vars = new LinkedHashMap<>();
        vars.put("count", new RawJson(codec.encode("count", 42)));
        vars.put("label", new RawJson(codec.encode("label", "a label of ordinary length")));
        vars.put("rows", new RawJson(codec.encode("rows", rows)));
        return new ServerMessage.Delta(Map.of("JmhState", vars), 17L);
    }
}
