package org.coltrain.sim.cluster;

import org.coltrain.sim.cluster.net.AllReduce;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * One network trained data-parallel on the first {@code workers} accelerators of the fleet, in their idle cycles.
 * A step: every worker computes its local step (its design's training profile, preemptible between segments by
 * inference), then the gradients are all-reduced over the interconnect. The gradient vector is
 * {@code parameterCount} elements in {@code gradientEncoding}, so a low-precision encoding shrinks the bytes on
 * the wire ({@link EncodingSpec#storageBitsPerElement()}, HBFP's shared exponents included).
 *
 * <p>{@code stalenessBound} s: a worker may start local step i once the all-reduce of step i-1-s is done
 * (stale-synchronous parallel, Ho et al., NIPS 2013). s = 0 is synchronous SGD; s > 0 lets fast workers run ahead
 * of stragglers and overlaps the all-reduce with the next step's compute. The effect of stale gradients on
 * accuracy is not modelled, nor is the time to encode and decode gradients.
 */
public record DataParallelJob(String name, long parameterCount, EncodingSpec gradientEncoding, AllReduce algorithm,
        int workers, int stalenessBound) {

    public DataParallelJob {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("training job name must not be blank");
        if (parameterCount < 1) throw new IllegalArgumentException("job " + name + ": parameter count must be positive");
        if (workers < 1) throw new IllegalArgumentException("job " + name + ": needs at least one worker");
        if (stalenessBound < 0 || stalenessBound > 1000)
            throw new IllegalArgumentException("job " + name + ": staleness bound must be in [0, 1000], was " + stalenessBound);
        if (!gradientEncoding.trainable())
            throw new IllegalArgumentException("job " + name + ": " + gradientEncoding.shortName()
                    + " cannot carry gradients (no dynamic range); use fp32, bf16, fp16 or an hbfp encoding");
    }

    /** Bytes of one worker's gradient vector on the wire. */
    public double gradientBytes() { return parameterCount * gradientEncoding.storageBitsPerElement() / 8.0; }

    public DataParallelJob withWorkers(int n) {
        return new DataParallelJob(name, parameterCount, gradientEncoding, algorithm, n, stalenessBound);
    }

    public DataParallelJob withGradientEncoding(EncodingSpec e) {
        return new DataParallelJob(name, parameterCount, e, algorithm, workers, stalenessBound);
    }

    public DataParallelJob withStalenessBound(int s) {
        return new DataParallelJob(name, parameterCount, gradientEncoding, algorithm, workers, s);
    }

    public DataParallelJob withAlgorithm(AllReduce a) {
        return new DataParallelJob(name, parameterCount, gradientEncoding, a, workers, stalenessBound);
    }
}
