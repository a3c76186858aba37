package org.coltrain.sim.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The exponent path of a MAC datapath, built from its parts: what a floating-point accumulation adds to a
 * fixed-point multiply-accumulate. Per use it adds two exponents, compares the result with the running sum's
 * exponent, swaps the operands so the smaller one is shifted, aligns it (barrel shifter), adds, counts leading zeros
 * and normalises (a second barrel shifter) and adjusts the exponent.
 *
 * <p>An FP format (bf16, fp16, fp32) uses one path per MAC; its significand add and running significand are the
 * PE's own accumulator adder and register, so the path holds only the exponent register. HBFP uses one path per
 * block: the PE accumulates the block's products in fixed point, and the path adds the finished block sum into a
 * floating-point running sum with its own significand adder and register, and holds the two operand blocks' shared
 * exponents.
 *
 * <p>Simplifications: ripple-carry adders and single-cell multiplexers (no fast adders, rounding, sticky bits or
 * special values), so the area is a lower estimate: the same parts for an FP32 adder sum to about a fifth of the
 * synthesised FP32 adder of [H14] (see {@code Calibrations}, check {@code fp32_adder}). The delay registers that an
 * array's skew needs between block boundaries are not counted.
 *
 * @param parts the components, in datapath order
 */
public record ExponentPath(List<Part> parts) {

    /**
     * One component.
     *
     * @param name     what it does
     * @param cell     what it is built of: "adder bit", "mux2" or "register bit"
     * @param count    how many of that cell
     * @param areaUm2  area of all of them
     * @param energyFj energy of all of them in one use
     */
    public record Part(String name, String cell, int count, double areaUm2, double energyFj) {
    }

    /** The parts that make up a floating-point adder of two operands whose exponents are known. */
    public static final Set<String> FP_ADD_PARTS = Set.of("exponent difference", "operand swap", "alignment shifter",
            "block-sum significand add", "leading-zero count", "normalisation shifter", "exponent adjust");

    public ExponentPath {
        parts = List.copyOf(parts);
    }

    /**
     * The same parts as a stand-alone floating-point adder (no exponent add, no registers): what the derivation says
     * an FP adder of {@code exponentBits} and {@code significandBits} costs, to compare with a synthesised one.
     */
    public static ExponentPath fpAdder(int exponentBits, int significandBits, CostParams p) {
        List<Part> adder = new ArrayList<>();
        for (Part part : build(exponentBits, significandBits, true, p).parts())
            if (FP_ADD_PARTS.contains(part.name())) adder.add(part);
        return new ExponentPath(adder);
    }

    public double areaUm2() {
        double sum = 0;
        for (Part part : parts) sum += part.areaUm2();
        return sum;
    }

    public double energyFj() {
        double sum = 0;
        for (Part part : parts) sum += part.energyFj();
        return sum;
    }

    /** The path of {@code encoding}, or an empty one for fixed point (which needs none). */
    public static ExponentPath of(EncodingSpec encoding, CostParams p) {
        if (encoding.kind() == EncodingSpec.Kind.FIXED) return new ExponentPath(List.of());
        return build(encoding.exponentBits(), p.accumulatorBits(), encoding.kind() == EncodingSpec.Kind.HBFP, p);
    }

    /**
     * The parts for {@code exponentBits}-wide exponents and a {@code significandBits}-wide running significand;
     * {@code perBlock} adds the block-sum adder, the running significand and the shared operand exponents.
     */
    public static ExponentPath build(int exponentBits, int significandBits, boolean perBlock, CostParams p) {
        int e = exponentBits, a = significandBits, stages = shifterStages(a);
        List<Part> parts = new ArrayList<>();
        parts.add(adder("exponent add", e, p));
        parts.add(adder("exponent difference", e, p));
        parts.add(mux("operand swap", 2 * a, p));
        // first principles: a barrel shifter over a bits is ceil(log2 a) stages of a 2:1 multiplexers
        parts.add(mux("alignment shifter", a * stages, p));
        if (perBlock) parts.add(adder("block-sum significand add", a, p));
        parts.add(mux("leading-zero count", leadingZeroCountCells(a), p));
        parts.add(mux("normalisation shifter", a * stages, p));
        parts.add(adder("exponent adjust", e, p));
        parts.add(register("running-sum exponent", e, p));
        if (perBlock) {
            parts.add(register("running-sum significand", a, p));
            parts.add(register("shared operand exponents", 2 * e, p));
        }
        return new ExponentPath(parts);
    }

    /** ceil(log2 bits): the stages of a barrel shifter that shifts by any amount below {@code bits}. */
    static int shifterStages(int bits) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, bits - 1));
    }

    /**
     * Cells of a tree leading-zero counter (Oklobdzija, IEEE TVLSI 2(1), 1994): level k has bits / 2^k nodes, each
     * selecting k count bits from one of its halves (k multiplexers) and combining the halves' all-zero flags (one
     * gate, costed as a multiplexer).
     */
    static int leadingZeroCountCells(int bits) {
        int cells = 0;
        for (int k = 1; (bits >> k) > 0; k++) cells += (bits >> k) * (k + 1);
        return cells;
    }

    private static Part adder(String name, int bits, CostParams p) {
        return new Part(name, "adder bit", bits, bits * p.adderAreaUm2PerBit(), bits * p.adderEnergyFjPerBit());
    }

    private static Part mux(String name, int cells, CostParams p) {
        return new Part(name, "mux2", cells, cells * p.muxAreaUm2(), cells * p.muxEnergyFj());
    }

    private static Part register(String name, int bits, CostParams p) {
        return new Part(name, "register bit", bits, bits * p.registerAreaUm2PerBit(), bits * p.registerEnergyFjPerBit());
    }
}
