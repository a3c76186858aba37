package org.coltrain.sim.cost;

import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * Standard-cell area and energy of one processing element (one multiply-accumulate per cycle) for an encoding.
 * The laid-out array is larger by {@link CostParams#peLayoutOverhead()} ({@link CostModel}).
 *
 * @param areaUm2  standard-cell area of one PE
 * @param energyFj energy of one multiply-accumulate, registers included
 */
public record MacCost(double areaUm2, double energyFj) {

    /**
     * First principles (array multiplier ~ s^2 cells, ripple/carry-save adder and registers ~ width):
     * area = a_mul s^2 + a_add acc + a_reg (2 w + acc) + a_exp x (exponent paths per MAC), likewise for energy.
     * s = significand bits, w = stored bits of an operand, acc = accumulator bits. FP formats need one exponent path
     * per MAC; HBFP one per block of {@code blockSize} MACs (one block exponent per dot-product block, REFERENCES.md).
     * a_exp and e_exp are {@link ExponentPath}'s unless the parameters set them explicitly.
     */
    public static MacCost of(EncodingSpec encoding, CostParams p) {
        int s = encoding.significandBits();
        int registerBits = 2 * encoding.totalBits() + p.accumulatorBits();
        double exponentPathsPerMac = exponentPathsPerMac(encoding);
        double pathAreaUm2 = 0, pathEnergyFj = 0;
        if (exponentPathsPerMac > 0) {
            ExponentPath path = ExponentPath.of(encoding, p);
            pathAreaUm2 = Double.isNaN(p.exponentPathAreaUm2()) ? path.areaUm2() : p.exponentPathAreaUm2();
            pathEnergyFj = Double.isNaN(p.exponentPathEnergyFj()) ? path.energyFj() : p.exponentPathEnergyFj();
        }
        double area = p.multiplierAreaUm2PerBit2() * s * s + p.adderAreaUm2PerBit() * p.accumulatorBits()
                + p.registerAreaUm2PerBit() * registerBits + pathAreaUm2 * exponentPathsPerMac;
        double energy = p.multiplierEnergyFjPerBit2() * s * s + p.adderEnergyFjPerBit() * p.accumulatorBits()
                + p.registerEnergyFjPerBit() * registerBits + pathEnergyFj * exponentPathsPerMac;
        return new MacCost(area, energy);
    }

    /** 1 for FP formats, 1/blockSize for HBFP (shared exponent), 0 for fixed point. */
    static double exponentPathsPerMac(EncodingSpec encoding) {
        if (encoding.perElementExponent()) return 1.0;
        if (encoding.kind() == EncodingSpec.Kind.HBFP) return 1.0 / encoding.blockSize();
        return 0.0;
    }

    public double energyPj() { return energyFj / 1000.0; }
}
