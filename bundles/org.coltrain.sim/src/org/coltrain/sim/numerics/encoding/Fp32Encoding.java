package org.coltrain.sim.numerics.encoding;

import java.util.SplittableRandom;

import org.coltrain.sim.spec.EncodingSpec;

/** IEEE 754 binary32, the reference: quantization is the identity. */
public record Fp32Encoding(EncodingSpec spec) implements Encoding {

    public Fp32Encoding {
        if (spec.kind() != EncodingSpec.Kind.FP32) throw new IllegalArgumentException("not FP32: " + spec);
    }

    @Override
    public void quantize(float[] x, int from, int length, float[] out, int outFrom, SplittableRandom rng) {
        System.arraycopy(x, from, out, outFrom, length);
    }
}
