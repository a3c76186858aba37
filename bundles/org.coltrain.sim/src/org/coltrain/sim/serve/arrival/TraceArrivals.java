package org.coltrain.sim.serve.arrival;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Replays recorded arrival times (ns, non-decreasing). With {@code loopPeriodNs > 0} the trace repeats every
 * period (copy k shifted by k * period), which must be longer than the last timestamp; with 0 it plays once.
 */
public record TraceArrivals(long[] timestampsNs, long loopPeriodNs) implements ArrivalProcess, java.io.Serializable {

    public TraceArrivals {
        if (timestampsNs.length == 0) throw new IllegalArgumentException("empty trace");
        timestampsNs = timestampsNs.clone();
        for (int i = 1; i < timestampsNs.length; i++)
            if (timestampsNs[i] < timestampsNs[i - 1]) throw new IllegalArgumentException("trace not sorted at index " + i);
        if (loopPeriodNs < 0 || (loopPeriodNs > 0 && loopPeriodNs <= timestampsNs[timestampsNs.length - 1]))
            throw new IllegalArgumentException("loop period must be 0 (play once) or longer than the last timestamp");
    }

    /** Parses a trace CSV (see {@link TraceCsv}) that plays once. */
    public static TraceArrivals parse(Reader in, String source) throws IOException, TraceParseException {
        return new TraceArrivals(TraceCsv.read(in, source), 0);
    }

    @Override public long[] timestampsNs() { return timestampsNs.clone(); }

    /** Requests over the trace's span (or its loop period), per second. */
    @Override public double meanRatePerS() {
        long spanNs = loopPeriodNs > 0 ? loopPeriodNs : Math.max(1, timestampsNs[timestampsNs.length - 1]);
        return timestampsNs.length * 1e9 / spanNs;
    }

    @Override public ArrivalStream open(SplittableRandom rng) {
        long[] times = timestampsNs;
        return new ArrivalStream() {
            private int next;
            private long offsetNs;

            @Override public long nextNs() {
                if (next == times.length) {
                    if (loopPeriodNs == 0) return NO_MORE;
                    next = 0;
                    offsetNs += loopPeriodNs;
                }
                return offsetNs + times[next++];
            }
        };
    }

    @Override public boolean equals(Object o) {
        return o instanceof TraceArrivals t && loopPeriodNs == t.loopPeriodNs && Arrays.equals(timestampsNs, t.timestampsNs);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(timestampsNs) + Long.hashCode(loopPeriodNs); }

    @Override public String toString() {
        return "TraceArrivals[" + timestampsNs.length + " arrivals, loopPeriodNs=" + loopPeriodNs + "]";
    }
}
