package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.gemm.Gemm;

/**
 * How a network's tensors are rounded while it trains, in one of two block semantics:
 * <ul>
 * <li>{@link RoleEncodings}: each GEMM rounds its operands along the dot product as a hardware dot-product unit
 *     takes them (HBFP: 1-D blocks of 24 along {@code k}, re-blocked for every product);</li>
 * <li>{@link HbfpEmulatorNumerics}: HBFPEmulator's semantics, where each tensor is rounded once, as stored (one
 *     exponent per sample or per output channel), weights in square tiles, and the GEMMs are FP32.</li>
 * </ul>
 * A layer asks for its three GEMMs and hands each tensor through {@link #activations}, {@link #outputGradients} and
 * {@link #weights} before using it; the trainer calls {@link #prepare} once and {@link #afterStep} after each update.
 * The {@code buffer} arguments are the caller's scratch: the result is the input itself or a (grown) buffer, which
 * the caller keeps.
 */
public sealed interface TrainingNumerics permits RoleEncodings, HbfpEmulatorNumerics {

    Gemm forwardGemm();

    Gemm inputGradientGemm();

    Gemm weightGradientGemm();

    /** A layer's input ({@code batch x features}) as its GEMMs see it. */
    float[] activations(float[] x, int batch, int features, float[] buffer, SplittableRandom rng);

    /** The gradient of a layer's GEMM output ({@code batch x features}) as the backward GEMMs see it. */
    float[] outputGradients(float[] g, int batch, int features, float[] buffer, SplittableRandom rng);

    /** A weight matrix (inputs x outputs, from its compute copy) as the layer's GEMMs see it. */
    float[] weights(Parameter w, float[] buffer, SplittableRandom rng);

    /** Once, before training: set up the parameters' copies. */
    void prepare(List<Parameter> parameters, SplittableRandom rng);

    /** After every optimiser step. */
    void afterStep(List<Parameter> parameters, SplittableRandom rng);

    /** The exact variant, as rows of tables show it: {@code hbfp8-sr}, {@code int8-dynamic-grad-sr}, {@code hbfp8-emu-sr}. */
    String label();

    static float[] grow(float[] buffer, int size) {
        return buffer != null && buffer.length >= size ? buffer : new float[size];
    }
}
