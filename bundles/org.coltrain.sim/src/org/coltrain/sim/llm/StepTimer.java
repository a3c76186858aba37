package org.coltrain.sim.llm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.sim.array.LayerTiming;
import org.coltrain.sim.array.TimingModel;
import org.coltrain.sim.array.Work;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Times iterations of a transformer on an accelerator with the array timing model (each piece
 * max(compute, DRAM bytes / bandwidth), pieces one after the other), in the accelerator's inference encoding for
 * weights, activations and the KV cache. The blocks are identical, so one block is timed and counted
 * {@code layers} times. The pieces' costs depend only on the token count (weight GEMMs), the (new, cached) pair
 * (attention) or the emitting rows (head), and are memoised on those keys: a run asks for the same few thousand.
 * Not thread-safe (one timer per run).
 */
public final class StepTimer {

    private final AcceleratorSpec accelerator;
    private final TransformerShape shape;
    private final EncodingSpec encoding;
    private final Map<Long, StepCost> linear = new HashMap<>();
    private final Map<Long, StepCost> attention = new HashMap<>();
    private final Map<Long, StepCost> head = new HashMap<>();

    public StepTimer(AcceleratorSpec accelerator, TransformerShape shape) {
        this.accelerator = accelerator;
        this.shape = shape;
        this.encoding = accelerator.inferenceEncoding();
    }

    public AcceleratorSpec accelerator() { return accelerator; }

    public TransformerShape shape() { return shape; }

    /** The cost of one iteration over {@code chunks} (at least one). */
    public StepCost cost(List<SequenceChunk> chunks) {
        if (chunks.isEmpty()) throw new IllegalArgumentException("an iteration needs at least one sequence");
        long tokens = 0, emitting = 0;
        StepCost block = StepCost.ZERO;
        for (SequenceChunk c : chunks) {
            tokens += c.newTokens();
            if (c.emitsToken()) emitting++;
            long key = ((long) c.newTokens() << 32) | c.cachedTokens();
            StepCost a = attention.get(key);
            if (a == null) attention.put(key, a = sum(TransformerLowering.blockAttention(shape, c)));
            block = block.plus(a);
        }
        final long t = tokens;
        block = block.plus(linear.computeIfAbsent(t, k -> sum(TransformerLowering.blockLinear(shape, t))));
        StepCost total = block.times(shape.layers()).plus(sum(List.of(TransformerLowering.embedding(shape, t))));
        if (emitting > 0) {
            final long e = emitting;
            total = total.plus(head.computeIfAbsent(e, k -> sum(TransformerLowering.head(shape, e))));
        }
        return total;
    }

    /** Wall time of one iteration, in ns (rounded up to a whole ns). */
    public long stepNs(List<SequenceChunk> chunks) { return toNs(cost(chunks).cycles()); }

    public long toNs(long cycles) { return (long) Math.ceil(cycles * accelerator.cycleNs()); }

    private StepCost sum(List<Work> work) {
        long cycles = 0, compute = 0, bytes = 0;
        double energy = 0;
        TimingModel.EnergyRates rates = TimingModel.EnergyRates.of(accelerator, encoding);
        for (Work w : work) {
            LayerTiming lt = TimingModel.time(accelerator, w, encoding, rates);
            cycles += lt.totalCycles();
            compute += lt.computeCycles();
            bytes += lt.dramBytes();
            energy += lt.energyPj();
        }
        return new StepCost(cycles, compute, bytes, energy);
    }
}
