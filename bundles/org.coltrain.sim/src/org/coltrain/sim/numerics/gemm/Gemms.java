package org.coltrain.sim.numerics.gemm;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.FixedPointEncoding;
import org.coltrain.sim.numerics.encoding.Fp32Encoding;
import org.coltrain.sim.numerics.encoding.HbfpEncoding;

/** Picks the kernel that emulates the datapath for a pair of operand encodings. */
public final class Gemms {

    private Gemms() {}

    /**
     * HBFP x HBFP: block-fixed-point MACs; fixed x fixed: integer MACs; FP32 x FP32: the plain kernel; anything
     * else: operands rounded to their encodings, FP32 MACs.
     */
    public static Gemm of(Encoding a, Encoding b) {
        if (a instanceof HbfpEncoding ha && b instanceof HbfpEncoding hb) return new HbfpGemm(ha, hb);
        if (a instanceof FixedPointEncoding fa && b instanceof FixedPointEncoding fb) return new FixedPointGemm(fa, fb);
        if (a instanceof Fp32Encoding && b instanceof Fp32Encoding) return new Fp32Gemm();
        return new QuantizedFloatGemm(a, b);
    }

    /** The same encoding on both operands. */
    public static Gemm of(Encoding both) {
        return of(both, both);
    }

    static String label(Encoding a, Encoding b) {
        return a.name().equals(b.name()) ? a.name() : a.name() + " x " + b.name();
    }
}
