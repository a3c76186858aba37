package org.coltrain.sim.supernet;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/** Accumulates one policy's measurements over the measured queries; allocation-free per query. */
final class SushiMetrics {

    // Query latencies in ns, 3 significant digits, auto-resizing (allocates only on a new magnitude).
    private final Histogram latencyNs = new Histogram(3);
    private final long[] served;
    private long queries;
    private long met;
    private long feasible;
    private long feasibleMet;
    private long floorMet;
    private double latencySumNs;
    private double accuracySum;
    private long weightBytesNeeded;
    private long weightBytesOffChip;
    private long activationBytes;
    private long fillBytes;
    private double cachedBytesSum;

    SushiMetrics(int subNets) {
        served = new long[subNets];
    }

    void query(long latency, boolean metTarget, boolean couldMeet, boolean meetsFloor, int subNet, double accuracy) {
        queries++;
        latencyNs.recordValue(latency);
        latencySumNs += latency;
        if (metTarget) met++;
        if (couldMeet) {
            feasible++;
            if (metTarget) feasibleMet++;
        }
        if (meetsFloor) floorMet++;
        accuracySum += accuracy;
        served[subNet]++;
    }

    void traffic(long weightsNeeded, long weightsOffChip, long activations, long fill, long cachedAfter) {
        weightBytesNeeded += weightsNeeded;
        weightBytesOffChip += weightsOffChip + fill;
        activationBytes += activations;
        fillBytes += fill;
        cachedBytesSum += cachedAfter;
    }

    SushiResult toResult(String policy, String staticSubNet, long capacityBytes, double dramEnergyPjPerByte,
            List<ResolvedSubNet> subNets) {
        double n = Math.max(1, queries);
        List<String> names = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (ResolvedSubNet s : subNets) {
            names.add(s.name());
            counts.add(served[s.index()]);
        }
        double offChipBytes = weightBytesOffChip + (double) activationBytes;
        double hitBytes = weightBytesNeeded - (weightBytesOffChip - fillBytes);
        return new SushiResult(policy, staticSubNet, queries, latencySumNs / n / 1e3, percentileUs(50),
                percentileUs(90), percentileUs(99), met / n, feasible == 0 ? 1.0 : (double) feasibleMet / feasible,
                floorMet / n, accuracySum / n, weightBytesOffChip / n, activationBytes / n, fillBytes / n,
                offChipBytes * dramEnergyPjPerByte / n / 1e6,
                weightBytesNeeded == 0 ? 0.0 : hitBytes / weightBytesNeeded, cachedBytesSum / n, capacityBytes, names,
                counts);
    }

    private double percentileUs(double p) {
        return queries == 0 ? 0.0 : latencyNs.getValueAtPercentile(p) / 1e3;
    }
}
