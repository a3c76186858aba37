package org.coltrain.sim.llm;

import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.LayerTiming;
import org.coltrain.sim.array.Lowering;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.array.VectorWork;
import org.coltrain.sim.array.Work;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * Full fine-tuning of a transformer on {@code batch} sequences of {@code sequence} tokens per step, run in the serving
 * accelerator's idle time. Its step is the training lowering of {@link TransformerLowering#trainingNetwork}
 * (forward, backward data and weights: about three forward passes of GEMMs, then the SGD update), timed in the
 * accelerator's training encoding and cut at layer pieces: serving waits at most one piece.
 */
public record FineTuningJob(String name, TransformerShape shape, int sequence, int batch) implements java.io.Serializable {

    public FineTuningJob {
        if (sequence < 1 || batch < 1) throw new IllegalArgumentException(name + ": sequence and batch must be positive");
    }

    public NetworkSpec network() { return TransformerLowering.trainingNetwork(shape, sequence); }

    public TrainingProfile profile(AcceleratorSpec acc) {
        return TrainingProfiles.of(name, acc, network(), batch, SegmentGranularity.LAYER);
    }

    /**
     * The step's pieces in the order they run, one per segment of {@link #profile} (LAYER granularity: one per
     * lowered piece), with the serial time, array compute cycles and DRAM bytes the timing model gives each: what an
     * overlapped co-location packs beside an iteration.
     */
    public StepCost[] pieces(AcceleratorSpec acc) {
        var layers = NetworkTiming.trainingStep(acc, network(), batch).layers();
        StepCost[] out = new StepCost[layers.size()];
        for (int i = 0; i < out.length; i++) {
            LayerTiming t = layers.get(i);
            out[i] = new StepCost(t.totalCycles(), t.computeCycles(), t.dramBytes(), t.energyPj());
        }
        return out;
    }

    /**
     * DRAM the job holds: weights and gradients at the training encoding's width, FP32 master weights
     * (Lowering.MASTER_WEIGHT_BITS), and the activations the backward pass reads (every forward piece's inputs).
     */
    public long footprintBytes(AcceleratorSpec acc) {
        EncodingSpec enc = acc.trainingEncoding() != null ? acc.trainingEncoding() : acc.inferenceEncoding();
        double bytes = enc.storageBitsPerElement() / 8.0;
        NetworkSpec net = network();
        double activations = 0;
        for (LayerSpec layer : net.layers()) {
            Work w = Lowering.forward(layer, batch);
            activations += switch (w) {
                case Gemm g -> (double) g.count() * (g.leftElements() + (layer instanceof LayerSpec.Matmul ? g.rightElements() : 0));
                case VectorWork v -> v.inputElements();
            };
        }
        double weights = net.weightElements();
        return (long) Math.ceil(weights * (2 * bytes + Lowering.MASTER_WEIGHT_BITS / 8.0) + activations * bytes);
    }
}
