package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.array.TimingModel;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.arrival.TraceArrivals;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

/** Temporal and overlapped co-location of the fine-tuning job, and the switch cost between training and serving. */
class CoLocationTest {

    /** The example's chip: Equinox's arrays, HBFP8 serving and fine-tuning, 900 GB/s. */
    private static final AcceleratorSpec CHIP = ReferenceAccelerators.equinoxExample("hbm-hbfp8",
            EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST), EncodingSpec.hbfp(8, 24, 10, Rounding.STOCHASTIC));
    /** The same at 1 GHz and 1000 GB/s: 1000 bytes per cycle exactly, for hand-worked cycle counts. */
    private static final AcceleratorSpec ROUND = new AcceleratorSpec("round", CHIP.arrayCount(), CHIP.rows(),
            CHIP.cols(), CHIP.dataflow(), 1e9, CHIP.ifmapBufferBytes(), CHIP.weightBufferBytes(),
            CHIP.ofmapBufferBytes(), 1e12, CHIP.dramCapacityBytes(), CHIP.inferenceEncoding(),
            CHIP.trainingEncoding(), CHIP.cost());
    private static final TransformerShape LLAMA7 = TransformerShape.llama2_7b();
    private static final FineTuningJob JOB = new FineTuningJob("ft", TransformerShape.gpt3Small(), 512, 8);

    @Test
    void aMemoryBoundDecodeStepBesideAComputeBoundPieceTakesTheRooflineOfTheSum() {
        // decode: 1000 cycles serial, 100 of compute, 1 MB = 1000 cycles at 1000 B/cycle (memory-bound);
        // piece: 500 cycles, all compute, 50 kB = 50 cycles. Together: max(1000, 500, 100 + 500, 1000 + 50) = 1050.
        StepCost decode = new StepCost(1000, 100, 1_000_000, 0), piece = new StepCost(500, 500, 50_000, 0);
        assertEquals(1050, OverlappedCoLocation.combinedCycles(ROUND, decode, piece));
        // a larger piece binds on compute: max(1000, 950, 100 + 950, 1000 + 50) = 1050 from the compute sum
        assertEquals(1050, OverlappedCoLocation.combinedCycles(ROUND, decode, new StepCost(950, 950, 50_000, 0)));
        // 5% tolerance: limit floor(1000 x 1.05) = 1050, one piece fits; a second gives max(1000, 1000, 1100, 1100)
        StepCost[] two = { piece, piece };
        assertEquals(new CoLocation.Packing(1, 1050), new OverlappedCoLocation(0.05).pack(ROUND, decode, two, 0));
        // 1%: limit 1010, the 50 cycles of the piece's bytes alone exceed it
        assertEquals(new CoLocation.Packing(0, 1000), new OverlappedCoLocation(0.01).pack(ROUND, decode, two, 0));

        // the real parts: a Llama-2-7B decode step of 8 sequences at context 512 on the example chip, and the
        // fine-tuning step's compute-bound piece with the most compute (serial time = compute time)
        List<SequenceChunk> batch = new ArrayList<>();
        for (int i = 0; i < 8; i++) batch.add(SequenceChunk.decode(512));
        StepCost step = new StepTimer(CHIP, LLAMA7).cost(batch);
        StepCost big = null;
        for (StepCost p : JOB.pieces(CHIP))
            if (p.cycles() == p.computeCycles() && (big == null || p.computeCycles() > big.computeCycles())) big = p;
        // memory-bound: 8.14 GB at 900 B/cycle = 9.05 M cycles against 6.08 M of array compute (an M = 8 GEMM still
        // occupies the 64-row arrays for their fill and drain, although it uses an eighth of their rows)
        assertTrue(step.computeCycles() < TimingModel.dramCycles(CHIP, step.dramBytes()), "decode is memory-bound: " + step);
        // step: 9.632 M cycles serial, 6.077 M compute, 8.14 GB = 9.046 M DRAM cycles; the piece: 1.882 M cycles,
        // all compute, 0.470 M DRAM cycles. Together 7.959 M compute and 9.516 M DRAM: under the step's serial time,
        // which binds (the piece hides in the step's slack); twice that work binds on DRAM, 9.986 M.
        assertEquals(step.cycles(), OverlappedCoLocation.combinedCycles(CHIP, step, big));
        assertTrue(step.computeCycles() + big.computeCycles() < step.cycles());
        assertTrue(TimingModel.dramCycles(CHIP, step.dramBytes() + big.dramBytes()) < step.cycles());
        StepCost twice = big.times(2);
        long dram = TimingModel.dramCycles(CHIP, step.dramBytes() + twice.dramBytes());
        assertTrue(dram > step.cycles() && dram > step.computeCycles() + twice.computeCycles() && dram > twice.cycles());
        assertEquals(dram, OverlappedCoLocation.combinedCycles(CHIP, step, twice));
    }

    @Test
    void packingNeverLengthensAnIterationBeyondTheTolerance() {
        // every start piece of the step, decode batches 1..64 at contexts 256 and 2048, and a 512-token prefill
        StepTimer timer = new StepTimer(CHIP, LLAMA7);
        StepCost[] pieces = JOB.pieces(CHIP);
        List<List<SequenceChunk>> iterations = new ArrayList<>();
        for (int b : new int[] { 1, 8, 64 })
            for (int context : new int[] { 256, 2048 }) {
                List<SequenceChunk> it = new ArrayList<>();
                for (int i = 0; i < b; i++) it.add(SequenceChunk.decode(context));
                iterations.add(it);
            }
        iterations.add(List.of(SequenceChunk.prefill(512)));
        long packedSomewhere = 0;
        for (double tolerance : new double[] { 0, 0.01, 0.1 }) {
            OverlappedCoLocation overlapped = new OverlappedCoLocation(tolerance);
            for (List<SequenceChunk> it : iterations) {
                StepCost cost = timer.cost(it);
                for (int next = 0; next < pieces.length; next++) {
                    CoLocation.Packing p = overlapped.pack(CHIP, cost, pieces, next);
                    assertTrue(p.cycles() >= cost.cycles(), "never faster than alone");
                    assertTrue(p.cycles() <= cost.cycles() * (1 + tolerance), p + " vs " + cost.cycles());
                    packedSomewhere += p.pieces();
                }
            }
        }
        assertTrue(packedSomewhere > 0, "memory-bound decode steps leave room for some pieces");
    }

    @Test
    void nothingIsPackedBesideAComputeBoundIteration() {
        // serial time = compute time: any piece adds its compute cycles (at least 1) to the compute sum, so with
        // tolerance 0 nothing fits, whichever piece comes next
        StepCost computeBound = new StepCost(5_000_000, 5_000_000, 1_000, 0);
        StepCost[] pieces = JOB.pieces(CHIP);
        for (int next = 0; next < pieces.length; next++)
            assertEquals(new CoLocation.Packing(0, 5_000_000), new OverlappedCoLocation(0).pack(CHIP, computeBound, pieces, next));
        // and temporal co-location never packs, even beside a memory-bound step
        StepCost decode = new StepCost(1000, 100, 1_000_000, 0);
        assertEquals(new CoLocation.Packing(0, 1000), new TemporalCoLocation().pack(ROUND, decode, pieces, 0));
    }

    private static LlmServingConfig chat(double ratePerS, CoLocation coLocation, long switchNs) {
        return new LlmServingConfig("chat", CHIP, LLAMA7, new PoissonArrivals(ratePerS), new RequestLengths.Uniform(64, 512, 16, 256),
                new ChunkedPrefill(512), 64, 16, 1_000_000_000L, 100_000_000L, 99, JOB, 30_000_000_000L, 1, 10)
                .withCoLocation(coLocation, switchNs);
    }

    @Test
    void overlappedCoLocationTrainsMoreAndIsDeterministic() {
        LlmResult temporal = LlmServingSimulation.run(chat(2, new TemporalCoLocation(), 0));
        LlmResult overlapped = LlmServingSimulation.run(chat(2, new OverlappedCoLocation(0.01), 0));
        assertEquals(overlapped, LlmServingSimulation.run(chat(2, new OverlappedCoLocation(0.01), 0)));
        // the 15-argument config is temporal without a switch cost: the same run
        LlmServingConfig c = chat(2, new TemporalCoLocation(), 0);
        assertEquals(temporal, LlmServingSimulation.run(new LlmServingConfig(c.name(), c.accelerator(), c.model(), c.arrivals(),
                c.lengths(), c.policy(), c.maxBatch(), c.blockTokens(), c.ttftSloNs(), c.tpotSloNs(), c.sloPercentile(),
                c.training(), c.durationNs(), c.seed(), c.seriesBuckets())));
        assertEquals(0, temporal.packedTrainingFraction());
        assertTrue(overlapped.packedTrainingFraction() > 0, overlapped.toString());
        assertTrue(overlapped.trainingFraction() > temporal.trainingFraction(),
                overlapped.trainingFraction() + " vs " + temporal.trainingFraction());
        assertEquals(temporal.arrived(), overlapped.arrived(), "same seed, same requests");
    }

    @Test
    void theSwitchCostDelaysTheFirstIterationAfterTrainingByExactlyTheCost() {
        // one request at 5 ms, while the job runs alone: its prefill waits for the piece in progress, then for the
        // switch; its decodes follow back to back (no training between them, so no further switch)
        long switchNs = 2_000;
        LlmServingConfig base = new LlmServingConfig("one", CHIP, LLAMA7, new TraceArrivals(new long[] { 5_000_000 }, 0),
                new RequestLengths.Fixed(100, 10), new IterationBatching(4096), 64, 16, 1_000_000_000L, 100_000_000L, 99,
                JOB, 1_000_000_000L, 1, 10);
        LlmResult free = LlmServingSimulation.run(base), paid = LlmServingSimulation.run(base.withCoLocation(new TemporalCoLocation(), switchNs));
        assertEquals(1, free.completed());
        assertEquals(1, paid.completed());
        assertEquals(switchNs / 1e6, paid.ttft().p50Ms() - free.ttft().p50Ms(), 1e-9);
        assertEquals(free.tpot().p50Ms(), paid.tpot().p50Ms(), 1e-12);
    }
}
