package org.coltrain.sim.serve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.Scheduler;

/**
 * Everything one serving run needs. Time is in ns of simulated time from 0; metrics cover
 * [{@code warmupNs}, {@code durationNs}). Use {@link #builder()}; the record checks its ranges.
 *
 * @param preemptionCostNs  time to switch the accelerator from a training job to inference (saving the training
 *                          context and loading the service's); charged before each inference batch that follows a
 *                          training segment, and counted as busy time
 * @param idlePowerW        power drawn when the accelerator computes nothing (idle or switching context); batch and
 *                          segment energies come from the latency tables and training profiles
 * @param timeSeriesBucketNs width of one time-series bucket; 0 picks 1/{@value #DEFAULT_TIME_SERIES_BUCKETS} of
 *                          the measured window
 * @param traceIntervals    record the first this many work intervals of the measured window in
 *                          {@link org.coltrain.sim.serve.result.SimulationResult#trace()}; 0 records none (the default)
 */
public record ServingConfig(String experiment, List<ServiceSpec> services, List<TrainingJobSpec> trainingJobs,
        Scheduler scheduler, long durationNs, long warmupNs, long seed, long preemptionCostNs, double idlePowerW,
        long timeSeriesBucketNs, int traceIntervals) implements java.io.Serializable {

    public static final int DEFAULT_TIME_SERIES_BUCKETS = 100;

    public ServingConfig {
        services = List.copyOf(services);
        trainingJobs = List.copyOf(trainingJobs);
        if (services.isEmpty() && trainingJobs.isEmpty())
            throw new IllegalArgumentException("experiment " + experiment + " has neither services nor training jobs");
        if (warmupNs < 0 || durationNs <= warmupNs)
            throw new IllegalArgumentException("need 0 <= warm-up < duration, was warm-up " + warmupNs + " ns, duration " + durationNs + " ns");
        if (preemptionCostNs < 0) throw new IllegalArgumentException("preemption cost must be non-negative");
        if (idlePowerW < 0) throw new IllegalArgumentException("idle power must be non-negative");
        if (timeSeriesBucketNs < 0) throw new IllegalArgumentException("time-series bucket must be non-negative");
        if (traceIntervals < 0) throw new IllegalArgumentException("trace intervals must be non-negative");
        Set<String> names = new HashSet<>();
        for (ServiceSpec s : services)
            if (!names.add(s.name())) throw new IllegalArgumentException("duplicate service or job name " + s.name());
        for (TrainingJobSpec j : trainingJobs)
            if (!names.add(j.name())) throw new IllegalArgumentException("duplicate service or job name " + j.name());
    }

    /** Measured window length in ns. */
    public long measuredNs() { return durationNs - warmupNs; }

    /** The bucket width actually used: the configured one, or the window split into the default count. */
    public long effectiveBucketNs() {
        return timeSeriesBucketNs > 0 ? timeSeriesBucketNs
                : Math.max(1, (measuredNs() + DEFAULT_TIME_SERIES_BUCKETS - 1) / DEFAULT_TIME_SERIES_BUCKETS);
    }

    public static Builder builder() { return new Builder(); }

    public Builder toBuilder() {
        Builder b = new Builder().experiment(experiment).scheduler(scheduler).durationNs(durationNs).warmupNs(warmupNs)
                .seed(seed).preemptionCostNs(preemptionCostNs).idlePowerW(idlePowerW).timeSeriesBucketNs(timeSeriesBucketNs)
                .traceIntervals(traceIntervals);
        services.forEach(b::service);
        trainingJobs.forEach(b::trainingJob);
        return b;
    }

    /** Defaults: adaptive batching, 1 s simulated with 0.1 s warm-up, seed 1, no preemption cost, no idle power. */
    public static final class Builder {
        private String experiment = "serve";
        private final List<ServiceSpec> services = new ArrayList<>();
        private final List<TrainingJobSpec> trainingJobs = new ArrayList<>();
        private Scheduler scheduler = new AdaptiveBatching();
        private long durationNs = 1_000_000_000L;
        private long warmupNs = 100_000_000L;
        private long seed = 1;
        private long preemptionCostNs;
        private double idlePowerW;
        private long timeSeriesBucketNs;
        private int traceIntervals;

        public Builder experiment(String name) { experiment = name; return this; }
        public Builder service(ServiceSpec service) { services.add(service); return this; }
        public Builder trainingJob(TrainingJobSpec job) { trainingJobs.add(job); return this; }
        public Builder scheduler(Scheduler s) { scheduler = s; return this; }
        public Builder durationNs(long ns) { durationNs = ns; return this; }
        public Builder warmupNs(long ns) { warmupNs = ns; return this; }
        public Builder seed(long s) { seed = s; return this; }
        public Builder preemptionCostNs(long ns) { preemptionCostNs = ns; return this; }
        public Builder idlePowerW(double w) { idlePowerW = w; return this; }
        public Builder timeSeriesBucketNs(long ns) { timeSeriesBucketNs = ns; return this; }
        public Builder traceIntervals(int n) { traceIntervals = n; return this; }

        public ServingConfig build() {
            return new ServingConfig(experiment, services, trainingJobs, scheduler, durationNs, warmupNs, seed,
                    preemptionCostNs, idlePowerW, timeSeriesBucketNs, traceIntervals);
        }
    }
}
