package org.coltrain.sim.llm;

import java.util.ArrayList;
import java.util.List;

/** Time integral of a piecewise-constant level (the KV cache's used fraction) overall and per equal time bucket. */
final class OccupancyRecorder {

    private final long endNs;
    private final long bucketNs;
    private final double[] area;
    private double total;
    private double max;
    private long lastNs;
    private double level;

    OccupancyRecorder(long endNs, int buckets) {
        this.endNs = endNs;
        this.bucketNs = Math.max(1, (endNs + buckets - 1) / buckets);
        this.area = new double[buckets];
    }

    /** The level becomes {@code value} at {@code nowNs}; the old level is integrated up to now (clipped at the end). */
    void level(long nowNs, double value) {
        long to = Math.min(nowNs, endNs);
        long t = lastNs;
        while (t < to) {
            int b = (int) (t / bucketNs);
            long segmentEnd = Math.min(to, (b + 1) * bucketNs);
            area[b] += level * (segmentEnd - t);
            t = segmentEnd;
        }
        total += level * Math.max(0, to - lastNs);
        lastNs = Math.max(lastNs, to);
        level = value;
        max = Math.max(max, value);
    }

    double mean() { return total / endNs; }

    double max() { return max; }

    List<Double> series() {
        List<Double> out = new ArrayList<>(area.length);
        for (int b = 0; b < area.length; b++) {
            long width = Math.min(endNs, (b + 1) * bucketNs) - b * bucketNs;
            out.add(width > 0 ? area[b] / width : 0.0);
        }
        return out;
    }
}
