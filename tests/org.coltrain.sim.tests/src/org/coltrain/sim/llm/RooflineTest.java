package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

class RooflineTest {

    private static final TransformerShape LLAMA7 = TransformerShape.llama2_7b();
    private static final AcceleratorSpec A100 = ReferenceAccelerators.a100(true);

    @Test
    void batchOneDecodeIsAtMostTwoPercentAboveTheBandwidthBound() {
        // Streamed weights: blocks 32 x 202,383,360 + final norm 4096 + head 32000 x 4096 = 6,607,343,616;
        // KV of 1025 tokens (1024 cached + the new one) x 262,144 = 268,697,600; x 2 bytes (BF16) =
        // 13,752,082,432 bytes / 2,039 GB/s = 6.7445 ms.
        double boundNs = 13_752_082_432.0 / 2039e9 * 1e9;
        long stepNs = new StepTimer(A100, LLAMA7).stepNs(List.of(SequenceChunk.decode(1024)));
        assertEquals(boundNs, Roofline.of(A100, LLAMA7, List.of(SequenceChunk.decode(1024))).memoryBoundNs(), 1e-3);
        assertTrue(stepNs >= boundNs, stepNs + " ns is below the bandwidth bound " + boundNs);
        // the rest: activations, attention scores and element-wise work through DRAM, each well under 1%
        assertTrue(stepNs <= 1.02 * boundNs, stepNs + " ns is more than 2% above " + boundNs);
    }

    @Test
    void decodeTimeGrowsWithTheKvCacheItReads() {
        // 4000 more cached tokens: 4000 x 262,144 x 2 bytes = 2,097,152,000 bytes / 2,039 GB/s = 1.0285 ms more,
        // plus the attention scores' own traffic (32 heads x 4000 x 2 bytes per piece), under 1%.
        StepTimer t = new StepTimer(A100, LLAMA7);
        long extraNs = t.stepNs(List.of(SequenceChunk.decode(4000))) - t.stepNs(List.of(SequenceChunk.decode(0)));
        double kvNs = 2_097_152_000.0 / 2039e9 * 1e9;
        assertTrue(extraNs >= kvNs && extraNs <= 1.02 * kvNs, extraNs + " ns vs KV read " + kvNs + " ns");
    }

    @Test
    void largeBatchDecodeStaysAboveBothBounds() {
        List<SequenceChunk> batch = new ArrayList<>();
        for (int i = 0; i < 64; i++) batch.add(SequenceChunk.decode(512));
        long stepNs = new StepTimer(A100, LLAMA7).stepNs(batch);
        Roofline r = Roofline.of(A100, LLAMA7, batch);
        assertTrue(stepNs >= r.memoryBoundNs() && stepNs >= r.computeBoundNs(), stepNs + " ns vs " + r);
    }

    @Test
    void longPrefillApproachesThePeakComputeBound() {
        // One 128 x 128 weight-stationary array at 1 GHz whose buffers hold every operand (each GEMM reads its
        // operands once). A weight GEMM of M prompt rows runs ceil(K/128) ceil(N/128) folds of 2R + C + M - 2 =
        // M + 382 cycles (SystolicTiming): overhead 382 / M, 9.3% at M = 4096, 75% at M = 512. Attention and the
        // element-wise work add the rest; the ratio to MACs / peak must fall with the prompt and end within 20%.
        AcceleratorSpec ws = new AcceleratorSpec("ws-128", 1, 128, 128, Dataflow.WEIGHT_STATIONARY, 1e9, 256L << 20,
                256L << 20, 256L << 20, 900e9, 80L << 30, EncodingSpec.bf16(), EncodingSpec.bf16(), CostDefaults.params());
        StepTimer t = new StepTimer(ws, LLAMA7);
        double previous = Double.MAX_VALUE;
        for (int prompt : new int[] { 512, 1024, 2048, 4096 }) {
            List<SequenceChunk> p = List.of(SequenceChunk.prefill(prompt));
            Roofline r = Roofline.of(ws, LLAMA7, p);
            double ratio = t.stepNs(p) / r.computeBoundNs();
            assertTrue(r.computeBoundNs() > r.memoryBoundNs(), "prefill of " + prompt + " should be compute bound");
            assertTrue(ratio >= 1 + 382.0 / prompt && ratio < previous, prompt + ": ratio " + ratio);
            previous = ratio;
        }
        assertTrue(previous < 1.20, "prefill of 4096 tokens at " + previous + " x the compute bound");
    }

    @Test
    void prefillMacsMatchTheClosedForm() {
        // P = 100: weight GEMMs 100 x 32 x 202,375,168 (matrices only) + attention 32 layers x 2 x 32 heads x
        // 100 x 100 x 128 + head 32000 x 4096 for the one emitting row.
        double expected = 100.0 * 32 * 202_375_168 + 32.0 * 2 * 32 * 100 * 100 * 128 + 32000.0 * 4096;
        assertEquals(expected, TransformerLowering.macs(LLAMA7, List.of(SequenceChunk.prefill(100))), 1.0);
    }
}
