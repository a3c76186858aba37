package org.coltrain.sim.llm;

import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * One LLM serving experiment: a model on an accelerator, its request stream, the batching policy and the limits
 * (sequences per batch, KV block size), the SLOs (time to first token and time per output token, met when the
 * {@code sloPercentile}-th percentile is at or under them; a request meets them when both of its own values are),
 * an optional fine-tuning job in the idle time ({@code training} null for none), how it shares the accelerator
 * ({@code coLocation}) and the time to switch from a training piece to an iteration ({@code switchCostNs}, the
 * context save and restore, as the serving simulator's {@code preemption_cost}), the simulated span and the seed.
 */
public record LlmServingConfig(String name, AcceleratorSpec accelerator, TransformerShape model,
        ArrivalProcess arrivals, RequestLengths lengths, BatchingPolicy policy, int maxBatch, int blockTokens,
        long ttftSloNs, long tpotSloNs, double sloPercentile, FineTuningJob training, long durationNs, long seed,
        int seriesBuckets, CoLocation coLocation, long switchCostNs) implements java.io.Serializable {

    public LlmServingConfig {
        java.util.Objects.requireNonNull(coLocation, "coLocation");
        if (switchCostNs < 0) throw new IllegalArgumentException(name + ": switch cost must be non-negative");
        if (maxBatch < 1 || blockTokens < 1) throw new IllegalArgumentException(name + ": batch and block size must be positive");
        if (ttftSloNs <= 0 || tpotSloNs <= 0) throw new IllegalArgumentException(name + ": SLOs must be positive");
        if (!(sloPercentile > 0 && sloPercentile <= 100)) throw new IllegalArgumentException(name + ": SLO percentile not in (0, 100]");
        if (durationNs <= 0 || seriesBuckets < 1) throw new IllegalArgumentException(name + ": duration and buckets must be positive");
    }

    /** Temporal co-location without a switch cost (the serving simulator's default). */
    public LlmServingConfig(String name, AcceleratorSpec accelerator, TransformerShape model, ArrivalProcess arrivals,
            RequestLengths lengths, BatchingPolicy policy, int maxBatch, int blockTokens, long ttftSloNs, long tpotSloNs,
            double sloPercentile, FineTuningJob training, long durationNs, long seed, int seriesBuckets) {
        this(name, accelerator, model, arrivals, lengths, policy, maxBatch, blockTokens, ttftSloNs, tpotSloNs,
                sloPercentile, training, durationNs, seed, seriesBuckets, new TemporalCoLocation(), 0);
    }

    /** The same experiment with another policy, training job or seed (for comparisons). */
    public LlmServingConfig withPolicy(BatchingPolicy p) {
        return new LlmServingConfig(name, accelerator, model, arrivals, lengths, p, maxBatch, blockTokens, ttftSloNs,
                tpotSloNs, sloPercentile, training, durationNs, seed, seriesBuckets, coLocation, switchCostNs);
    }

    public LlmServingConfig withTraining(FineTuningJob job) {
        return new LlmServingConfig(name, accelerator, model, arrivals, lengths, policy, maxBatch, blockTokens, ttftSloNs,
                tpotSloNs, sloPercentile, job, durationNs, seed, seriesBuckets, coLocation, switchCostNs);
    }

    public LlmServingConfig withArrivals(ArrivalProcess a) {
        return new LlmServingConfig(name, accelerator, model, a, lengths, policy, maxBatch, blockTokens, ttftSloNs,
                tpotSloNs, sloPercentile, training, durationNs, seed, seriesBuckets, coLocation, switchCostNs);
    }

    public LlmServingConfig withCoLocation(CoLocation c, long switchNs) {
        return new LlmServingConfig(name, accelerator, model, arrivals, lengths, policy, maxBatch, blockTokens, ttftSloNs,
                tpotSloNs, sloPercentile, training, durationNs, seed, seriesBuckets, c, switchNs);
    }
}
