package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.arrival.TraceArrivals;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.junit.jupiter.api.Test;

class LlmServingTest {

    private static final AcceleratorSpec A100 = ReferenceAccelerators.a100(true);
    private static final TransformerShape LLAMA7 = TransformerShape.llama2_7b();

    private static LlmServingConfig config(org.coltrain.sim.serve.arrival.ArrivalProcess arrivals, RequestLengths lengths,
            BatchingPolicy policy, long durationNs) {
        return new LlmServingConfig("test", A100, LLAMA7, arrivals, lengths, policy, 256, 16, 1_000_000_000L,
                100_000_000L, 99, null, durationNs, 7, 10);
    }

    @Test
    void aLoneRequestsTtftIsItsPrefillAndItsTpotTheMeanDecodeStep() {
        // One request at 1 ms on an idle accelerator: it is admitted at once, its first token comes at the end of
        // the prefill of its 100 tokens, then 9 decodes at contexts 100..108 give tokens 2..10.
        for (BatchingPolicy p : List.of(new StaticBatches(), new IterationBatching(4096), new ChunkedPrefill(4096))) {
            LlmResult r = LlmServingSimulation.run(config(new TraceArrivals(new long[] { 1_000_000 }, 0),
                    new RequestLengths.Fixed(100, 10), p, 10_000_000_000L));
            StepTimer t = new StepTimer(A100, LLAMA7);
            long prefillNs = t.stepNs(List.of(SequenceChunk.prefill(100)));
            long decodeNs = 0;
            for (int context = 100; context <= 108; context++) decodeNs += t.stepNs(List.of(SequenceChunk.decode(context)));
            assertEquals(1, r.completed(), p.name());
            assertEquals(prefillNs / 1e6, r.ttft().p50Ms(), 1e-9, p.name());
            assertEquals(decodeNs / 9 / 1e6, r.tpot().p50Ms(), 1e-9, p.name());
            assertEquals(10, r.iterations(), p.name());
        }
    }

    @Test
    void continuousBatchingCompletesMoreThanStaticAtTheSameLoad() {
        // 3 req/s of 100-500-token prompts and 50-300-token outputs: a static batch holds newcomers until its longest
        // member ends (about 300 x 7 ms = 2 s), continuous batching lets them join at the next iteration.
        PoissonArrivals load = new PoissonArrivals(3);
        RequestLengths lengths = new RequestLengths.Uniform(100, 500, 50, 300);
        LlmResult stat = LlmServingSimulation.run(config(load, lengths, new StaticBatches(), 60_000_000_000L));
        LlmResult cont = LlmServingSimulation.run(config(load, lengths, new IterationBatching(4096), 60_000_000_000L));
        assertEquals(stat.arrived(), cont.arrived(), "same seed, same requests");
        assertTrue(cont.outputTokensPerS() > stat.outputTokensPerS(), cont.outputTokensPerS() + " vs " + stat.outputTokensPerS());
        assertTrue(cont.ttft().p99Ms() < stat.ttft().p99Ms());
        assertTrue(cont.goodputPerS() > stat.goodputPerS());
    }

    @Test
    void overloadLeavesUnfinishedRequestsThatCountAsViolations() {
        // 50 req/s of 2000-token prompts: a prefill of 2000 tokens takes about 0.23 s, so at most ~4 prompts/s fit.
        LlmResult r = LlmServingSimulation.run(config(new PoissonArrivals(50), new RequestLengths.Fixed(2000, 50),
                new IterationBatching(4096), 10_000_000_000L));
        assertEquals(r.arrived(), r.completed() + r.unfinished() + r.rejected());
        assertTrue(r.unfinished() > r.arrived() / 2, r.unfinished() + " of " + r.arrived());
        assertTrue(r.sloAttainment() * r.arrived() <= r.completed());
        assertEquals(r.ttft().count(), r.arrived(), "every arrival enters the TTFT percentiles");
        assertTrue(!r.ttftSloMet() && r.ttft().p99Ms() > 1000);
    }

    @Test
    void sameSeedSameResultOtherSeedOtherResult() {
        LlmServingConfig c = config(new PoissonArrivals(4), new RequestLengths.Uniform(10, 900, 10, 400),
                new ChunkedPrefill(512), 20_000_000_000L).withTraining(new FineTuningJob("ft", TransformerShape.gpt3Small(), 512, 4));
        LlmResult a = LlmServingSimulation.run(c), b = LlmServingSimulation.run(c);
        assertEquals(a, b);
        LlmServingConfig other = new LlmServingConfig(c.name(), c.accelerator(), c.model(), c.arrivals(), c.lengths(),
                c.policy(), c.maxBatch(), c.blockTokens(), c.ttftSloNs(), c.tpotSloNs(), c.sloPercentile(), c.training(),
                c.durationNs(), 8, c.seriesBuckets());
        assertNotEquals(a, LlmServingSimulation.run(other));
    }

    @Test
    void trainingFillsIdleTimeAndDelaysServingByAtMostOnePiece() {
        // 0.2 req/s of short requests leave the accelerator mostly idle; the fine-tuning job takes that time and a
        // request that arrives during a piece waits for its end only.
        FineTuningJob job = new FineTuningJob("ft", TransformerShape.gpt3Small(), 512, 4);
        LlmServingConfig c = config(new PoissonArrivals(0.2), new RequestLengths.Fixed(200, 20), new IterationBatching(4096),
                60_000_000_000L);
        LlmResult alone = LlmServingSimulation.run(c), shared = LlmServingSimulation.run(c.withTraining(job));
        long pieceNs = job.profile(A100).longestSegmentNs();
        assertTrue(shared.trainingFraction() > 0.8, "training fraction " + shared.trainingFraction());
        assertTrue(shared.trainingFraction() + shared.servingFraction() <= 1 + 1e-9);
        assertTrue(shared.maxTrainingDelayNs() > 0 && shared.maxTrainingDelayNs() <= pieceNs);
        assertTrue(shared.ttft().p99Ms() <= alone.ttft().p99Ms() + pieceNs / 1e6 + 1e-9);
        assertEquals(alone.completed(), shared.completed());
    }

    @Test
    void aCacheOneBlockShortOfTwoWholeSequencesPreemptsOnce() {
        // Two requests at t = 0 with 16-token prompts and 40 output tokens need ceil(55 / 16) = 4 blocks each at the
        // end. DRAM for exactly 8 blocks: no preemption; for 7: B (the later arrival) is preempted once, when A's
        // 4th block is wanted at cached 48, and both still finish.
        for (int blocks : new int[] { 8, 7 }) {
            TransformerShape tiny = new TransformerShape("tiny", TransformerShape.Family.LLAMA, 1, 64, 1, 1, 64, 100, 1024);
            long weightBytes = tiny.parameters() * 2, blockBytes = 16 * tiny.kvElementsPerToken() * 2;
            AcceleratorSpec acc = new AcceleratorSpec("small-dram", A100.arrayCount(), A100.rows(), A100.cols(),
                    A100.dataflow(), A100.clockHz(), A100.ifmapBufferBytes(), A100.weightBufferBytes(),
                    A100.ofmapBufferBytes(), A100.dramBandwidthBytesPerS(), weightBytes + blocks * blockBytes,
                    A100.inferenceEncoding(), A100.trainingEncoding(), A100.cost());
            LlmResult r = LlmServingSimulation.run(new LlmServingConfig("tiny", acc, tiny,
                    new TraceArrivals(new long[] { 0, 0 }, 0), new RequestLengths.Fixed(16, 40), new IterationBatching(4096),
                    8, 16, 1_000_000_000L, 100_000_000L, 99, null, 10_000_000_000L, 1, 4));
            assertEquals(blocks, r.kvBlocks());
            assertEquals(blocks == 8 ? 0 : 1, r.preemptions(), blocks + " blocks");
            assertEquals(2, r.completed());
            // held through an iteration: 8 of 8 at the end of both; with 7, 3 + 3 before B gives its blocks to A's 4th
            assertEquals(blocks == 8 ? 1.0 : 6.0 / 7, r.kvOccupancyMax(), 1e-12);
        }
    }

    @Test
    void chunkedPrefillKeepsLongPromptsFromStallingTheDecodes() {
        // 1 req/s of 3000-token prompts: a whole prefill takes 0.65 s on this spec, so under vLLM-style scheduling
        // every running decode waits that long once per arrival; 512-token chunks cap that stall at one chunk's
        // iteration (Agrawal et al. 2024, Section 3). Same arrivals, so the TPOT tails compare directly.
        RequestLengths lengths = new RequestLengths.Fixed(3000, 100);
        LlmResult whole = LlmServingSimulation.run(config(new PoissonArrivals(1.0), lengths, new IterationBatching(4096), 30_000_000_000L));
        LlmResult chunked = LlmServingSimulation.run(config(new PoissonArrivals(1.0), lengths, new ChunkedPrefill(512), 30_000_000_000L));
        assertTrue(chunked.tpot().p99Ms() < whole.tpot().p99Ms(), chunked.tpot() + " vs " + whole.tpot());
    }
}
