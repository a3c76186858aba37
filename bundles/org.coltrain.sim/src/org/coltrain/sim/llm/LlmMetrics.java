package org.coltrain.sim.llm;

import java.util.Arrays;

/** Per-request latencies and counts of one run; {@link LlmResult} says how unfinished requests enter them. */
final class LlmMetrics {

    private final LlmServingConfig config;
    private long[] ttftNs = new long[1024];
    private long[] tpotNs = new long[1024];
    private int ttftCount;
    private int tpotCount;
    private long arrived;
    private long completed;
    private long unfinished;
    private long rejected;
    private long good;
    private long tokens;

    LlmMetrics(LlmServingConfig config) { this.config = config; }

    void arrived() { arrived++; }

    /** Too long for the whole cache: never served; its TTFT enters as the time from its arrival to the end. */
    void rejected(Sequence s) {
        rejected++;
        addTtft(config.durationNs() - s.arrivalNs);
    }

    /** {@code s} emitted a token at {@code nowNs} (its first sets its TTFT, kept through later preemptions). */
    void token(Sequence s, long nowNs) {
        tokens++;
        if (s.firstTokenNs < 0) s.firstTokenNs = nowNs;
    }

    void completed(Sequence s, long nowNs) {
        completed++;
        long ttft = s.firstTokenNs - s.arrivalNs;
        addTtft(ttft);
        long tpot = s.output > 1 ? (nowNs - s.firstTokenNs) / (s.output - 1) : 0;
        if (s.output > 1) addTpot(tpot);
        if (ttft <= config.ttftSloNs() && tpot <= config.tpotSloNs()) good++;
    }

    /** Still queued or in flight at {@code endNs}: a violation, with lower bounds on its latencies. */
    void unfinished(Sequence s, long endNs) {
        unfinished++;
        if (s.firstTokenNs < 0) {
            addTtft(endNs - s.arrivalNs);
            return;
        }
        addTtft(s.firstTokenNs - s.arrivalNs);
        if (s.output > 1) addTpot((endNs - s.firstTokenNs) / (s.output - 1));
    }

    LlmResult result(EngineState state, long iterations, OccupancyRecorder occupancy, double servingFraction,
            String job, double trainingFraction, long steps, double samplesPerS, long maxDelayNs, double energyJ,
            double packedTrainingFraction) {
        double p = config.sloPercentile(), seconds = config.durationNs() / 1e9;
        LatencyPercentiles ttft = LatencyPercentiles.of(ttftNs, ttftCount, p);
        LatencyPercentiles tpot = LatencyPercentiles.of(tpotNs, tpotCount, p);
        boolean ttftMet = ttft.atSloPercentileMs() * 1e6 <= config.ttftSloNs();
        boolean tpotMet = tpot.atSloPercentileMs() * 1e6 <= config.tpotSloNs();
        return new LlmResult(config.name(), config.model().name(), config.accelerator().name(), config.policy().name(),
                config.seed(), seconds, arrived, completed, unfinished, rejected, state.preemptions(), iterations, ttft,
                tpot, config.ttftSloNs() / 1e6, config.tpotSloNs() / 1e6, p, ttftMet, tpotMet,
                arrived == 0 ? 1 : (double) good / arrived, good / seconds, completed / seconds, tokens / seconds,
                occupancy.mean(), occupancy.max(), state.cache().totalBlocks(), occupancy.series(), servingFraction, job,
                trainingFraction, steps, samplesPerS, maxDelayNs, energyJ, config.coLocation().name(),
                packedTrainingFraction, config.switchCostNs());
    }

    private void addTtft(long ns) {
        if (ttftCount == ttftNs.length) ttftNs = Arrays.copyOf(ttftNs, 2 * ttftCount);
        ttftNs[ttftCount++] = ns;
    }

    private void addTpot(long ns) {
        if (tpotCount == tpotNs.length) tpotNs = Arrays.copyOf(tpotNs, 2 * tpotCount);
        tpotNs[tpotCount++] = ns;
    }
}
