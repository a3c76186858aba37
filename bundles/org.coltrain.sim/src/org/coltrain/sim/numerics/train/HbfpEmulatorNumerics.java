package org.coltrain.sim.numerics.train;

import java.util.List;
import java.util.SplittableRandom;

import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.encoding.HbfpEmulatorFormat;
import org.coltrain.sim.numerics.gemm.Gemm;
import org.coltrain.sim.numerics.gemm.Gemms;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * HBFPEmulator's block semantics (parsa-epfl/HBFPEmulator: bfp/bfp_ops.py {@code _gen_bfp_op}, bfp/bfp_optim.py;
 * its CNN scripts run {@code --mant_bits 7 --bfp_tile_size 24 --weight_mant_bits 15 --rounding_mode stoc}):
 * <ul>
 * <li>a layer's input and its weights are rounded as they enter the layer's op, one exponent per sample and one per
 *     output channel ({@code float_to_bfp_batched} over the tensor viewed as rows); the gradient of the op's output
 *     is rounded as it enters the backward pass, one exponent per sample. The op (linear, conv2d) runs in FP32 on the
 *     rounded values, backward included, and the gradients it produces are not rounded;</li>
 * <li>after every optimiser step each parameter, weights and biases, is rounded in {@code tile x tile} squares
 *     ({@code float_to_bfp_tiled}) twice: with the wide mantissa into the master the next step updates, and with the
 *     narrow mantissa into the copy the layer computes with (biases are added from it, in FP32).</li>
 * </ul>
 * Before the first step the master is the wide tiled rounding of the initial weights and the compute copy the initial
 * weights, as in the emulator's first step. Tiles on a weight stored inputs x outputs are the emulator's tiles on
 * its outputs x inputs view, transposed; a bias is a column. A convolution's "sample" is its whole input feature map.
 */
public record HbfpEmulatorNumerics(HbfpEmulatorFormat narrow, HbfpEmulatorFormat wide, int tile)
        implements TrainingNumerics {

    /** The emulator scripts' wide weight copy: {@code --weight_mant_bits 15}, so 16 bits with the sign. */
    public static final int WIDE_BITS = 16;
    /** The label suffix: {@code hbfp8-emu}, {@code hbfp8-emu-sr}. */
    public static final String SUFFIX = "-emu";

    public HbfpEmulatorNumerics {
        if (tile < 1) throw new IllegalArgumentException("tile " + tile);
    }

    /** {@code totalBits} per element with the sign, the emulator's wide weights and 24 x 24 tiles. */
    public static HbfpEmulatorNumerics of(int totalBits, EncodingSpec.Rounding rounding) {
        EncodingSpec narrow = EncodingSpec.hbfp(totalBits, Encodings.HBFP_BLOCK, Encodings.HBFP_EXPONENT_BITS, rounding);
        EncodingSpec wide = EncodingSpec.hbfp(WIDE_BITS, Encodings.HBFP_BLOCK, Encodings.HBFP_EXPONENT_BITS, rounding);
        return new HbfpEmulatorNumerics(new HbfpEmulatorFormat(narrow), new HbfpEmulatorFormat(wide),
                Encodings.HBFP_BLOCK);
    }

    private static Gemm fp32() { return Gemms.of(Encodings.byName("fp32")); }

    @Override public Gemm forwardGemm() { return fp32(); }

    @Override public Gemm inputGradientGemm() { return fp32(); }

    @Override public Gemm weightGradientGemm() { return fp32(); }

    @Override
    public float[] activations(float[] x, int batch, int features, float[] buffer, SplittableRandom rng) {
        float[] out = TrainingNumerics.grow(buffer, batch * features);
        narrow.roundRows(x, batch, features, out, rng);
        return out;
    }

    @Override
    public float[] outputGradients(float[] g, int batch, int features, float[] buffer, SplittableRandom rng) {
        return activations(g, batch, features, buffer, rng);
    }

    /** One exponent per output channel: per column of the inputs x outputs matrix. */
    @Override
    public float[] weights(Parameter w, float[] buffer, SplittableRandom rng) {
        float[] out = TrainingNumerics.grow(buffer, w.size());
        narrow.roundColumns(w.compute(), w.rows(), w.cols(), out, rng);
        return out;
    }

    @Override
    public void prepare(List<Parameter> parameters, SplittableRandom rng) {
        for (Parameter p : parameters) {
            p.separateComputeCopy();
            wide.roundTiles(p.values(), p.rows(), p.cols(), tile, p.values(), rng);
        }
    }

    @Override
    public void afterStep(List<Parameter> parameters, SplittableRandom rng) {
        for (Parameter p : parameters) {
            narrow.roundTiles(p.values(), p.rows(), p.cols(), tile, p.compute(), rng);
            wide.roundTiles(p.values(), p.rows(), p.cols(), tile, p.values(), rng);
        }
    }

    @Override
    public String label() { return narrow.name(); }
}
