package org.coltrain.sim.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.CostParams;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.EncodingSpec.Rounding;
import org.junit.jupiter.api.Test;

class CostModelTest {

    private static final CostParams P = CostDefaults.params();
    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, Rounding.NEAREST);
    private static final EncodingSpec HBFP8 = EncodingSpec.hbfp(8, 24, 10, Rounding.NEAREST);

    @Test
    void hbfp8CostsAbout13PercentPowerAnd4PercentAreaOverFixed8AsInEquinox() {
        AcceleratorCost fixed = CostModel.of(ReferenceAccelerators.costReference(FIXED8));
        AcceleratorCost hbfp = CostModel.of(ReferenceAccelerators.costReference(HBFP8));
        // Equinox (MICRO 2021, REFERENCES.md): uniform HBFP encoding +13% power, +4% area; tolerance 3 points
        assertEquals(0.13, hbfp.powerMw() / fixed.powerMw() - 1, 0.03);
        assertEquals(0.04, hbfp.areaMm2() / fixed.areaMm2() - 1, 0.03);
    }

    @Test
    void controllerStaysBelowOnePercentAsInEquinox() {
        AcceleratorCost hbfp = CostModel.of(ReferenceAccelerators.costReference(HBFP8));
        assertTrue(hbfp.controllerAreaShare() < 0.01, "area share " + hbfp.controllerAreaShare());
        assertTrue(hbfp.controllerPowerShare() < 0.01, "power share " + hbfp.controllerPowerShare());
    }

    @Test
    void fixed8MacIsMultiplierAccumulatorAndRegisters() {
        // 7 magnitude bits: 4.40625 x 49 + 4.28125 x 32 + 4.52 x (8 + 8 + 32) = 215.906 + 137 + 216.96 um2
        assertEquals(569.866, MacCost.of(FIXED8, P).areaUm2(), 1e-3);
        // 3.125 x 49 + 3.125 x 32 + 2 x 48 = 153.125 + 100 + 96 fJ
        assertEquals(349.125, MacCost.of(FIXED8, P).energyFj(), 1e-9);
    }

    @Test
    void hbfpPaysOneExponentPathPerBlockAndFloatingPointOnePerMac() {
        double fixed = MacCost.of(FIXED8, P).areaUm2();
        // same 7-bit significand; one 1900 um2 exponent path shared by a 24-element block
        assertEquals(fixed + 1900.0 / 24, MacCost.of(HBFP8, P).areaUm2(), 1e-9);
        double bf16 = MacCost.of(EncodingSpec.bf16(), P).areaUm2();
        // bf16: 8-bit significand (64 vs 49 bit2), 16-bit operands, one path per MAC
        assertEquals(fixed + 4.40625 * (64 - 49) + 4.52 * 16 + 1900, bf16, 1e-9);
    }

    @Test
    void multiplierGrowsWithTheSquareOfTheSignificand() {
        EncodingSpec fixed16 = EncodingSpec.fixed(16, 0, Rounding.NEAREST);
        double multiplier8 = MacCost.of(FIXED8, P).areaUm2() - linearPart(FIXED8);
        double multiplier16 = MacCost.of(fixed16, P).areaUm2() - linearPart(fixed16);
        // (15 / 7)^2
        assertEquals(225.0 / 49.0, multiplier16 / multiplier8, 1e-9);
    }

    @Test
    void datapathIsBuiltForTheCostlierOfInferenceAndTrainingEncodings() {
        AcceleratorSpec ref = ReferenceAccelerators.costReference(FIXED8);
        AcceleratorSpec mixed = new AcceleratorSpec("m", 1, 8, 8, ref.dataflow(), 1e9, 1024, 1024, 1024, 1e9, 1L << 30,
                FIXED8, HBFP8, P);
        assertEquals(HBFP8, CostModel.datapathEncoding(mixed));
    }

    private static double linearPart(EncodingSpec e) {
        return P.adderAreaUm2PerBit() * P.accumulatorBits()
                + P.registerAreaUm2PerBit() * (2 * e.totalBits() + P.accumulatorBits());
    }
}
