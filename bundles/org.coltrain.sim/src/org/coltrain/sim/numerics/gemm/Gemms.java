package org.coltrain.sim.numerics.gemm;

import org.coltrain.sim.numerics.encoding.Encoding;
import org.coltrain.sim.numerics.encoding.Fp32Encoding;
import org.coltrain.sim.numerics.encoding.HbfpEncoding;
import org.coltrain.sim.numerics.encoding.IntegerEncoding;

/** Picks the kernel that emulates the datapath for a pair of operand encodings. */
public final class Gemms {

    private Gemms() {}

    /**
     * HBFP x HBFP (one block size): block-fixed-point MACs; fixed point or per-tensor integers on both sides: integer
     * MACs; FP32 x FP32: the plain kernel; anything else (HBFP x fixed point too): operands rounded to their
     * encodings, FP32 MACs.
     */
    public static Gemm of(Encoding a, Encoding b) {
        if (a instanceof HbfpEncoding ha && b instanceof HbfpEncoding hb && ha.blockSize() != hb.blockSize())
            throw new IllegalArgumentException("HBFP operands need one block size along k, not " + ha.blockSize()
                    + " and " + hb.blockSize());
        if (a instanceof IntegerEncoding ia && b instanceof IntegerEncoding ib && IntegerGemm.accepts(ia, ib))
            return new IntegerGemm(ia, ib);
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
