package org.coltrain.sim.supernet;

/**
 * SushiSched-like selection: the most accurate SubNet that finishes by the query's deadline and meets its accuracy
 * floor; if none meets both, the most accurate one that meets the deadline (latency targets are hard, accuracy
 * floors soft); if none meets the deadline, the fastest (least late). Ties go to the faster, then the lower index.
 */
public record SushiSched() implements SubNetScheduler {

    @Override public String name() { return "sushi-sched"; }

    @Override public int choose(long startNs, long deadlineNs, double minAccuracyPercent, long[] latencyNs,
            double[] accuracyPercent) {
        int best = -1, inTime = -1, fastest = 0;
        for (int i = 0; i < latencyNs.length; i++) {
            if (latencyNs[i] < latencyNs[fastest]
                    || (latencyNs[i] == latencyNs[fastest] && accuracyPercent[i] > accuracyPercent[fastest])) fastest = i;
            if (startNs + latencyNs[i] > deadlineNs) continue;
            if (better(i, inTime, latencyNs, accuracyPercent)) inTime = i;
            if (accuracyPercent[i] >= minAccuracyPercent && better(i, best, latencyNs, accuracyPercent)) best = i;
        }
        return best >= 0 ? best : inTime >= 0 ? inTime : fastest;
    }

    private static boolean better(int i, int current, long[] latencyNs, double[] accuracyPercent) {
        if (current < 0) return true;
        if (accuracyPercent[i] != accuracyPercent[current]) return accuracyPercent[i] > accuracyPercent[current];
        return latencyNs[i] < latencyNs[current];
    }
}
