package dev.nerve.state;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Records which vars a computation reads, so computed vars find their dependencies by themselves.
 * The recording is per thread and nests: an inner recording sees only its own reads.
 */
public final class Reads {
    private static final ThreadLocal<Set<Var<?>>> RECORDING = new ThreadLocal<>();

    private Reads() { }

    static void record(Var<?> var) {
        Set<Var<?>> into = RECORDING.get();
        if (into != null) into.add(var);
    }

    /** Runs {@code computation}, adding every var it reads to {@code into}. */
    public static <T> T recording(Set<Var<?>> into, Supplier<T> computation) {
        Set<Var<?>> outer = RECORDING.get();
        RECORDING.set(into);
        try {
            return computation.get();
        } finally {
            RECORDING.set(outer);
        }
    }
}
