package dev.nerve.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/** Latencies in microseconds, recorded from many threads; counting starts at {@link #start()}. */
final class Latencies {
    private final Recorder recorder = new Recorder(3);
    private volatile boolean counting;
    private volatile long startedAt;
    private Histogram interval;
    private long elapsedNanos;

    void start() {
        recorder.reset();
        startedAt = System.nanoTime();
        counting = true;
    }

    void stop() {
        counting = false;
        elapsedNanos = System.nanoTime() - startedAt;
        interval = recorder.getIntervalHistogram();
    }

    void record(long micros) {
        if (counting) recorder.recordValue(Math.max(0, micros));
    }

    long count() {
        return interval.getTotalCount();
    }

    /** How long counting went on. */
    double seconds() {
        return elapsedNanos / 1e9;
    }

    double perSecond() {
        return interval.getTotalCount() / (elapsedNanos / 1e9);
    }

    /** The percentile in milliseconds. */
    double percentileMs(double percentile) {
        return interval.getValueAtPercentile(percentile) / 1000.0;
    }
}
