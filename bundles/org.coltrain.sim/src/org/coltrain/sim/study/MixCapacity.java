package org.coltrain.sim.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.LatencyTableCache;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.Evaluator;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.ServiceTarget;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.LatencyTable;

/**
 * Capacity of a workload mix on one accelerator under one scheduler: the weighted geometric mean of each workload's
 * {@link CapacitySearch} capacity (0 when a weighted workload cannot meet its SLO at all). As a design-search
 * {@link Evaluator}, its bound replaces each capacity by what no schedule can beat ({@link #bound}): FIFO batch 1
 * serves at most 1 / latency(1); a batching policy about max over batches b with latency(b) within the SLO of
 * b / latency(b).
 * The bound needs only the latency tables; the capacity needs serving simulations (cached by {@link CapacityMemo}).
 */
public final class MixCapacity implements Evaluator {

    private final List<WorkloadShare> workloads;
    private final Scheduler scheduler;
    private final int maxBatch;
    private final double percentile;
    private final long sloNs;
    private final SearchSettings settings;
    private final CapacityMemo memo;
    private final LatencyTableCache tables;

    public MixCapacity(List<WorkloadShare> workloads, Scheduler scheduler, int maxBatch, double percentile, long sloNs,
            SearchSettings settings, CapacityMemo memo, LatencyTableCache tables) {
        this.workloads = List.copyOf(workloads);
        this.scheduler = scheduler;
        this.maxBatch = maxBatch;
        this.percentile = percentile;
        this.sloNs = sloNs;
        this.settings = settings;
        this.memo = memo;
        this.tables = tables;
    }

    public ServiceUnderTest service(AcceleratorSpec acc, WorkloadShare w) {
        LatencyTable table = tables.get(acc, w.network(), maxBatch);
        return new ServiceUnderTest(w.name(), table, scheduler, maxBatch, percentile, sloNs, List.of());
    }

    /**
     * Bound on one workload's capacity, from its latency table alone. A request served in a batch of b costs the
     * accelerator latency(b) / b of its time; only a batch whose latency is within the SLO can serve its requests in
     * time, and at most a fraction 1 - q (q = percentile / 100) of the requests may be late. So the time per request
     * is at least q / within + (1 - q) / any, where within is the best b / latency(b) over batches within the SLO and
     * any the best over every batch the scheduler forms; the capacity is at most its inverse (0 when no batch is
     * within the SLO), and never above {@link ServiceUnderTest#saturationRps}, where the capacity search starts.
     */
    public double bound(AcceleratorSpec acc, WorkloadShare w) {
        return bound(tables.get(acc, w.network(), maxBatch), w.name(), scheduler, maxBatch, sloNs, percentile);
    }

    /** {@link #bound(AcceleratorSpec, WorkloadShare)} from the service's latency table. */
    public static double bound(LatencyTable t, String service, Scheduler scheduler, int maxBatch, long sloNs,
            double percentile) {
        int batches = scheduler.largestBatch(new ServiceTarget(service, t, maxBatch, sloNs, 0));
        double within = 0, any = 0;
        for (int b = 1; b <= batches; b++) {
            double rate = b * 1e9 / t.latencyNs(b);
            any = Math.max(any, rate);
            if (t.latencyNs(b) <= sloNs) within = Math.max(within, rate);
        }
        if (within == 0) return 0;
        double q = percentile / 100;
        return 1 / (q / within + (1 - q) / any);
    }

    /** Each workload's measured capacity, in the order of the mix. */
    public List<Capacity> capacities(AcceleratorSpec acc) {
        List<Capacity> out = new ArrayList<>(workloads.size());
        for (WorkloadShare w : workloads) out.add(memo.maxRate(service(acc, w), settings));
        return out;
    }

    @Override
    public double upperBound(Candidate candidate) {
        double[] b = new double[workloads.size()];
        for (int i = 0; i < b.length; i++) b[i] = bound(candidate.accelerator(), workloads.get(i));
        return geometricMean(workloads, b);
    }

    /** The mix capacity; the point's seed is not used: every candidate sees the same arrivals (common random numbers). */
    @Override
    public double evaluate(Candidate candidate, long seed) {
        List<Capacity> caps = capacities(candidate.accelerator());
        double[] v = new double[caps.size()];
        for (int i = 0; i < v.length; i++) v[i] = caps.get(i).maxRateRps();
        return geometricMean(workloads, v);
    }

    /** exp(sum w_i ln v_i / sum w_i) over the weighted workloads; 0 if any weighted value is 0, NaN if none. */
    public static double geometricMean(List<WorkloadShare> workloads, double[] values) {
        double sum = 0, weights = 0;
        for (int i = 0; i < values.length; i++) {
            double w = workloads.get(i).weight();
            if (w == 0) continue;
            if (!(values[i] > 0)) return 0;
            sum += w * Math.log(values[i]);
            weights += w;
        }
        return weights == 0 ? Double.NaN : Math.exp(sum / weights);
    }
}
