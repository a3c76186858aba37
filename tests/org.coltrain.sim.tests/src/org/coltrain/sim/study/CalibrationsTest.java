package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A claim computed from a parameter fitted to the same published figure is "fitted", never "reproduced". */
class CalibrationsTest {

    private static final StudyMetric POWER = StudyMetrics.find("cost", "power_overhead").orElseThrow();
    private static final Claim CLAIM = new Claim("hbfp_power", "power_overhead", "", 0.13, 0.01, "Equinox, Sec. 6");

    @Test
    void aFigureFromACalibrationFittedToTheClaimIsFittedEvenWithinTolerance() {
        ClaimCheck c = ClaimCheck.of("cost", CLAIM, POWER, 0.1337, List.of(Calibrations.HBFP_EXPONENT_PATH.id()));
        assertEquals(Verdict.FITTED, c.verdict());
        assertEquals("fitted", c.verdict().label());
    }

    @Test
    void aCalibrationNotFittedToTheClaimLeavesTheVerdictToTheTolerance() {
        ClaimCheck within = ClaimCheck.of("cost", CLAIM, POWER, 0.1337, List.of(Calibrations.SUSHI_SUBNET_ACCURACY.id()));
        assertEquals(Verdict.REPRODUCED, within.verdict());
        ClaimCheck sameSide = ClaimCheck.of("cost", CLAIM, POWER, 0.30, List.of());
        assertEquals(Verdict.PARTLY, sameSide.verdict());
        ClaimCheck opposite = ClaimCheck.of("cost", CLAIM, POWER, -0.05, List.of());
        assertEquals(Verdict.NOT_REPRODUCED, opposite.verdict());
    }

    @Test
    void anUndeclaredCalibrationIdFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimCheck.of("cost", CLAIM, POWER, 0.13, List.of("hbfp.exponent_pth")));
        assertEquals(true, e.getMessage().contains("hbfp.exponent_pth"));
    }
}
