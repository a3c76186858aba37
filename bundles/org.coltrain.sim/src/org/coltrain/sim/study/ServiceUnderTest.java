package org.coltrain.sim.study;

import java.util.List;

import org.coltrain.sim.serve.ServiceSpec;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.ServiceTarget;
import org.coltrain.sim.spec.LatencyTable;

/**
 * One inference service on one accelerator, as a study varies its Poisson arrival rate: the latency table of its
 * network on the accelerator, the batching policy, the SLO ("{@code sloPercentile} % within {@code sloLatencyNs}"),
 * and the training jobs that share the accelerator (none for a pure capacity search).
 */
public record ServiceUnderTest(String name, LatencyTable table, Scheduler scheduler, int maxBatch,
        double sloPercentile, long sloLatencyNs, List<TrainingJobSpec> training) {

    public ServiceUnderTest {
        training = List.copyOf(training);
        if (maxBatch < 1 || maxBatch > table.maxBatch())
            throw new IllegalArgumentException("max batch " + maxBatch + " not in [1, " + table.maxBatch() + "]");
    }

    /** The same service with training jobs co-located. */
    public ServiceUnderTest withTraining(List<TrainingJobSpec> jobs) {
        return new ServiceUnderTest(name, table, scheduler, maxBatch, sloPercentile, sloLatencyNs, jobs);
    }

    /**
     * Requests per second the accelerator completes back to back at the best batch the scheduler may form:
     * max over b up to the scheduler's largest batch of b / latency(b) (1 / latency(1) for FIFO). No rate above it
     * is stable under this scheduler, so it bounds its capacity.
     */
    public double saturationRps() {
        return table.maxRequestsPerS(scheduler.largestBatch(new ServiceTarget(name, table, maxBatch, sloLatencyNs, 0)));
    }

    /** The serving run of one probe at this Poisson rate. */
    public ServingConfig config(double ratePerS, SearchSettings settings) {
        long duration = settings.durationNs(ratePerS);
        ServingConfig.Builder b = ServingConfig.builder().experiment(name).scheduler(scheduler)
                .durationNs(duration).warmupNs((long) (duration * settings.warmupFraction())).seed(settings.seed())
                .preemptionCostNs(settings.preemptionCostNs())
                .service(new ServiceSpec(name, table, new PoissonArrivals(ratePerS), sloPercentile, sloLatencyNs,
                        maxBatch, 0));
        training.forEach(b::trainingJob);
        return b.build();
    }
}
