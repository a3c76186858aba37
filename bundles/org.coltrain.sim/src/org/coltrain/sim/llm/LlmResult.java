package org.coltrain.sim.llm;

import java.util.List;

/**
 * What one LLM serving run measured, over every request that arrived in the run. Requests unfinished at the end
 * count against the SLOs; their TTFT (no first token yet; for a rejected request, too long for the whole cache, the
 * time to the end) and TPOT enter the percentiles as lower bounds (the time waited so far; the time since the first
 * token over the tokens still owed at least), so overload shows as growing percentiles, not as missing samples.
 * TPOT percentiles cover the requests with a first token and two or more output tokens.
 *
 * @param trainingFraction   training time over the run: the fraction of a dedicated accelerator's training
 *                           throughput the job gets (its pieces count the time they take alone, whether run alone or
 *                           packed beside an iteration)
 * @param coLocation         how training shared the accelerator ("temporal", "overlapped")
 * @param packedTrainingFraction the part of {@code trainingFraction} packed beside iterations (0 when temporal)
 * @param switchCostNs       the switch from a training piece to an iteration
 * @param maxTrainingDelayNs longest wait of ready serving work for a training piece to end
 * @param kvOccupancySeries  time-mean used fraction of the KV blocks per equal time bucket
 */
public record LlmResult(String experiment, String model, String accelerator, String policy, long seed,
        double durationS, long arrived, long completed, long unfinished, long rejected, long preemptions,
        long iterations, LatencyPercentiles ttft, LatencyPercentiles tpot, double ttftSloMs, double tpotSloMs,
        double sloPercentile, boolean ttftSloMet, boolean tpotSloMet, double sloAttainment, double goodputPerS,
        double requestsPerS, double outputTokensPerS, double kvOccupancyMean, double kvOccupancyMax,
        long kvBlocks, List<Double> kvOccupancySeries, double servingFraction, String training,
        double trainingFraction, long trainingSteps, double trainingSamplesPerS, long maxTrainingDelayNs, double energyJ,
        String coLocation, double packedTrainingFraction, long switchCostNs)
        implements java.io.Serializable {

    public LlmResult {
        kvOccupancySeries = List.copyOf(kvOccupancySeries);
    }

    /** Prints the run's headline figures, for the CLI and tests' failure messages. */
    public void print(java.io.PrintWriter out) {
        out.printf("%s: %s on %s, %s, %.1f s, seed %d%n", experiment, model, accelerator, policy, durationS, seed);
        out.printf("  requests %d arrived, %d completed, %d unfinished, %d rejected, %d preemptions, %d iterations%n",
                arrived, completed, unfinished, rejected, preemptions, iterations);
        out.printf("  TTFT p50 %.2f p90 %.2f p99 %.2f ms (SLO %.1f ms at p%s: %s)%n", ttft.p50Ms(), ttft.p90Ms(),
                ttft.p99Ms(), ttftSloMs, fmt(sloPercentile), ttftSloMet ? "met" : "missed");
        out.printf("  TPOT p50 %.2f p90 %.2f p99 %.2f ms (SLO %.1f ms at p%s: %s)%n", tpot.p50Ms(), tpot.p90Ms(),
                tpot.p99Ms(), tpotSloMs, fmt(sloPercentile), tpotSloMet ? "met" : "missed");
        out.printf("  SLO attainment %.3f, goodput %.3f req/s, throughput %.3f req/s, %.1f output tokens/s%n",
                sloAttainment, goodputPerS, requestsPerS, outputTokensPerS);
        out.printf("  KV cache %d blocks, occupancy mean %.3f max %.3f; serving busy %.3f%n", kvBlocks, kvOccupancyMean,
                kvOccupancyMax, servingFraction);
        if (!training.isEmpty())
            out.printf("  training %s: %.4f of a dedicated accelerator, %d steps, %.3f samples/s, max serving delay %.3f ms%n",
                    training, trainingFraction, trainingSteps, trainingSamplesPerS, maxTrainingDelayNs / 1e6);
        if (!training.isEmpty() && (!"temporal".equals(coLocation) || switchCostNs > 0))
            out.printf("  co-location %s: %.4f packed beside iterations, switch cost %.3f us%n", coLocation,
                    packedTrainingFraction, switchCostNs / 1e3);
        out.flush();
    }

    private static String fmt(double p) { return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p); }
}
