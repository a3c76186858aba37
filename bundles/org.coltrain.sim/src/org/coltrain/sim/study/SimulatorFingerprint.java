package org.coltrain.sim.study;

import java.util.List;

import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.spec.LatencyTable;

/**
 * What the serving simulator does, as a hash: two small fixed serving runs (FIFO and adaptive batching, 5 000
 * Poisson requests near saturation) and their figures. A cached capacity carries it in its key, so a change of the
 * simulator's behaviour (accounting, scheduling, random streams) misses the cache instead of returning stale
 * figures; code changes that do not alter results keep the cache valid.
 */
public final class SimulatorFingerprint {

    private static volatile String value;

    private SimulatorFingerprint() {
    }

    public static String value() {
        String v = value;
        if (v == null) value = v = compute();
        return v;
    }

    private static String compute() {
        long[] latencyNs = new long[8];
        double[] energyPj = new double[8];
        for (int b = 1; b <= 8; b++) {
            latencyNs[b - 1] = 100_000 + 30_000L * (b - 1);
            energyPj[b - 1] = 1e6 * b;
        }
        LatencyTable table = new LatencyTable("fingerprint", "fingerprint", latencyNs, energyPj);
        StringBuilder text = new StringBuilder();
        SearchSettings settings = new SearchSettings(1, 5_000, 1_000_000L, 100_000_000_000L, 0.1, 0.01, 1_000, 0.01);
        for (var scheduler : List.of(new FifoBatchOne(), new AdaptiveBatching())) {
            ServiceUnderTest s = new ServiceUnderTest("fingerprint", table, scheduler, 8, 99, 400_000, List.of());
            ServiceResult r = CapacitySearch.probe(s, 9_000, settings);
            text.append(r.name()).append(r.counts()).append(',').append(r.p99Us()).append(',')
                    .append(r.sloViolationRate()).append(',').append(r.meanBatch()).append(',')
                    .append(r.throughputRps()).append(',').append(r.accounting()).append(';');
            Capacity c = CapacitySearch.maxRate(s, settings);
            text.append(c.maxRateRps()).append(',').append(c.upperRateRps()).append(',').append(c.probes()).append(';');
        }
        return ResultCache.key(text.toString()).substring(0, 16);
    }
}
