package org.coltrain.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class ExponentPathTest {

    private static final CostParams P = CostDefaults.params();

    @Test
    void barrelShifterHasLog2StagesAndTheLeadingZeroTreeItsLevels() {
        assertEquals(5, ExponentPath.shifterStages(32));
        assertEquals(5, ExponentPath.shifterStages(24)); // shifts 0..23 need 5 bits
        assertEquals(1, ExponentPath.shifterStages(2));
        // 32 bits: levels of 16, 8, 4, 2, 1 nodes with 2, 3, 4, 5, 6 cells = 32 + 24 + 16 + 10 + 6
        assertEquals(88, ExponentPath.leadingZeroCountCells(32));
    }

    @Test
    void hbfp8PathIsTheSumOfItsParts() {
        ExponentPath path = ExponentPath.of(EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST), P);
        assertEquals(List.of("exponent add", "exponent difference", "operand swap", "alignment shifter",
                "block-sum significand add", "leading-zero count", "normalisation shifter", "exponent adjust",
                "running-sum exponent", "running-sum significand", "shared operand exponents"),
                path.parts().stream().map(ExponentPath.Part::name).toList());
        // adders: 3 x 10 + 32 bits x 4.28125 um2 ([H14] 137 / 32) = 265.4375
        // muxes: swap 64 + align 32 x 5 + leading zeros 88 + normalise 32 x 5 = 472 x 1.862 um2 ([N45] MUX2_X1) = 878.864
        // registers: 10 + 32 + 2 x 10 bits x 4.52 um2 ([N45] DFF_X1) = 280.24
        assertEquals(265.4375 + 878.864 + 280.24, path.areaUm2(), 1e-9);
        // adders 62 bits x 3.125 fJ = 193.75; muxes 472 x 1.862 x 100 / 137 fJ = 641.5077; registers 62 x 2 fJ = 124
        assertEquals(193.75 + 472 * 1.862 * 100 / 137 + 124, path.energyFj(), 1e-9);
    }

    @Test
    void floatingPointPathsReuseThePeAccumulator() {
        ExponentPath bf16 = ExponentPath.of(EncodingSpec.bf16(), P);
        // no block-sum adder, no running significand, no shared exponents: 3 x 8 adder bits, 472 muxes, 8 register bits
        assertEquals(24 * 137.0 / 32 + 472 * 1.862 + 8 * 4.52, bf16.areaUm2(), 1e-9);
        assertEquals(0, ExponentPath.of(EncodingSpec.fixed(8, 0, Rounding.NEAREST), P).areaUm2());
    }

    @Test
    void theSamePartsUnderstateASynthesisedFp32Adder() {
        // Held out: [H14] FP32 add 4184 um2, 0.9 pJ. The parts for 8-bit exponents and a 24-bit significand:
        // adders 2 x 8 + 24 bits x 4.28125 = 171.25 um2; muxes 48 + 24 x 5 + 59 + 24 x 5 = 347 x 1.862 = 646.114 um2
        ExponentPath fp32 = ExponentPath.fpAdder(8, 24, P);
        assertEquals(171.25 + 646.114, fp32.areaUm2(), 1e-9);
        // 0.195 of [H14]'s area: ripple carry and single cells leave out fast adders, rounding and special values
        assertEquals(0.195, fp32.areaUm2() / 4184, 1e-3);
        // energy: 40 adder bits x 3.125 fJ + 347 x 1.3591 fJ = 596.6 fJ, 0.66 of [H14]'s 0.9 pJ
        assertEquals(0.663, fp32.energyFj() / 900, 1e-3);
    }
}
