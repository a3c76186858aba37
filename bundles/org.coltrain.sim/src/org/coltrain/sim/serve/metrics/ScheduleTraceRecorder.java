package org.coltrain.sim.serve.metrics;

import java.util.ArrayList;
import java.util.List;
import org.coltrain.sim.serve.result.ScheduleTrace;

/**
 * Records the first {@code limit} work intervals that start inside the window into primitive arrays (allocated
 * once). The run holds no recorder at all when tracing is off, so the hot path pays one null check.
 */
public final class ScheduleTraceRecorder {

    private final Window window;
    private final long[] startNs;
    private final long[] endNs;
    private final byte[] kind;
    private final int[] source;
    private final int[] batch;
    private int size;
    private boolean truncated;

    public ScheduleTraceRecorder(Window window, int limit) {
        if (limit <= 0) throw new IllegalArgumentException("trace limit must be positive, was " + limit);
        this.window = window;
        startNs = new long[limit];
        endNs = new long[limit];
        kind = new byte[limit];
        source = new int[limit];
        batch = new int[limit];
    }

    /** Work of {@code k} over [fromNs, toNs); {@code sourceIndex} is the service or job index (unused for switches). */
    public void record(long fromNs, long toNs, ScheduleTrace.Kind k, int sourceIndex, int batchSize) {
        if (!window.contains(fromNs)) return;
        if (size == startNs.length) {
            truncated = true;
            return;
        }
        startNs[size] = fromNs;
        endNs[size] = toNs;
        kind[size] = (byte) k.ordinal();
        source[size] = sourceIndex;
        batch[size] = batchSize;
        size++;
    }

    public ScheduleTrace toTrace(List<String> serviceNames, List<String> jobNames) {
        List<ScheduleTrace.Interval> list = new ArrayList<>(size);
        ScheduleTrace.Kind[] kinds = ScheduleTrace.Kind.values();
        for (int i = 0; i < size; i++) {
            ScheduleTrace.Kind k = kinds[kind[i]];
            String name = switch (k) {
                case INFERENCE -> serviceNames.get(source[i]);
                case TRAINING -> jobNames.get(source[i]);
                case SWITCH -> "";
            };
            list.add(new ScheduleTrace.Interval(startNs[i], endNs[i], k, name, batch[i]));
        }
        return new ScheduleTrace(list, !truncated);
    }
}
