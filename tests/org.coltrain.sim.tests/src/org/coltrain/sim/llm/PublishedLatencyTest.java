package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.serve.arrival.TraceArrivals;
import org.junit.jupiter.api.Test;

/**
 * Against a published measurement: NVIDIA NeMo Framework User Guide, "Performance", Llama-2 inference results
 * (docs.nvidia.com/nemo-framework/user-guide/latest/performance/llama.html): Llama-2-7B on one A100 80GB SXM4
 * (TP 1, PP 1), input 128 tokens, output 20 tokens, average latency 234.0 / 249.6 / 272.6 / 329.5 ms at batch
 * 1 / 2 / 4 / 8. Not reproduced: the model is 36% to 11% faster (examples/llm/README.md gives the reasons); what
 * is pinned is the direction, the model below each measurement, because it leaves out what the measurement pays
 * (kernel launches, sampling, the framework; bandwidth below the datasheet peak).
 */
class PublishedLatencyTest {

    private static final int[] BATCH = { 1, 2, 4, 8 };
    private static final double[] MEASURED_MS = { 234.0, 249.6, 272.6, 329.5 };

    /** A static batch of b requests at t = 0: every member's latency is TTFT + 19 x TPOT. */
    static double modelLatencyMs(int batch) {
        long[] zeros = new long[batch];
        LlmResult r = LlmServingSimulation.run(new LlmServingConfig("nemo-llama2-7b", ReferenceAccelerators.a100(true),
                TransformerShape.llama2_7b(), new TraceArrivals(zeros, 0), new RequestLengths.Fixed(128, 20),
                new StaticBatches(), batch, 16, 10_000_000_000L, 1_000_000_000L, 50, null, 10_000_000_000L, 1, 1));
        assertEquals(batch, r.completed());
        return r.ttft().p50Ms() + 19 * r.tpot().p50Ms();
    }

    @Test
    void modelIsBelowEachMeasuredLatencyAndTheGapShrinksWithBatch() {
        double previousGap = Double.MAX_VALUE;
        for (int i = 0; i < BATCH.length; i++) {
            double model = modelLatencyMs(BATCH[i]);
            double gap = (MEASURED_MS[i] - model) / MEASURED_MS[i];
            assertTrue(gap > 0 && gap < previousGap, "batch " + BATCH[i] + ": model " + model + " ms vs " + MEASURED_MS[i]);
            previousGap = gap;
        }
    }
}
