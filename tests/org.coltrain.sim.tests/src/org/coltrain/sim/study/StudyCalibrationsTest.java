package org.coltrain.sim.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.mapping.MappingCalibrations;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/**
 * Studies name calibrations declared by the packages that own them, and a claim computed from a parameter fitted to
 * the same published figure is "fitted", never "reproduced".
 */
class StudyCalibrationsTest {

    private static final StudyMetric POWER = StudyMetrics.find("cost", "power_overhead").orElseThrow();
    private static final Claim CLAIM = new Claim("hbfp_power", "power_overhead", "", 0.13, 0.01, "Equinox, Sec. 6");

    @Test
    void everyDeclaredCalibrationOfTheCostModelAndTheMappingProxyIsKnown() {
        for (var c : Calibrations.ALL) assertTrue(StudyCalibrations.find(c.id()).isPresent(), c.id());
        for (var c : MappingCalibrations.all()) assertTrue(StudyCalibrations.find(c.id()).isPresent(), c.id());
        assertTrue(StudyCalibrations.find(StudyCalibrations.SUSHI_SUBNET_ACCURACY.id()).isPresent());
    }

    @Test
    void anHbfpDesignDependsOnTheExponentPathAndAFixedPointOneDoesNot() {
        EncodingSpec hbfp8 = EncodingSpec.hbfp(8, 24, 10, EncodingSpec.Rounding.NEAREST);
        EncodingSpec fixed8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
        assertTrue(StudyCalibrations.costOf(List.of(ReferenceAccelerators.costReference(hbfp8)))
                .contains("hbfp.exponent_path"));
        List<String> fixed = StudyCalibrations.costOf(List.of(ReferenceAccelerators.costReference(fixed8)));
        assertTrue(!fixed.contains("hbfp.exponent_path") && fixed.contains("pe.layout_overhead"), fixed.toString());
    }

    @Test
    void aFigureFromACalibrationFittedToTheClaimIsFittedEvenWithinTolerance() {
        StudyCalibration fittedToPower = new StudyCalibration("test.fitted", "fitted to the power overhead",
                List.of("cost:power_overhead"));
        assertTrue(fittedToPower.fittedTo("cost", "power_overhead"));
        assertEquals(false, fittedToPower.fittedTo("cost", "area_overhead"));
        ClaimCheck fitted = ClaimCheck.of("cost", CLAIM, POWER, 0.1337, List.of("test.fitted"), id -> fittedToPower);
        assertEquals(Verdict.FITTED, fitted.verdict());
        assertEquals("fitted", fitted.verdict().label());
        // through the declared ones: none of the shipped cost calibrations was fitted to a study metric
        ClaimCheck c = ClaimCheck.of("cost", CLAIM, POWER, 0.1337, List.of("hbfp.exponent_path", "controller.logic"));
        assertEquals(Verdict.REPRODUCED, c.verdict());
    }

    @Test
    void theVerdictFollowsTheToleranceAndTheSideOfNoEffect() {
        assertEquals(Verdict.PARTLY, ClaimCheck.of("cost", CLAIM, POWER, 0.30, List.of()).verdict());
        assertEquals(Verdict.NOT_REPRODUCED, ClaimCheck.of("cost", CLAIM, POWER, -0.05, List.of()).verdict());
        assertEquals(Verdict.NOT_REPRODUCED, ClaimCheck.of("cost", CLAIM, POWER, Double.NaN, List.of()).verdict());
    }

    @Test
    void anUndeclaredCalibrationIdFails() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClaimCheck.of("cost", CLAIM, POWER, 0.13, List.of("hbfp.exponent_pth")));
        assertTrue(e.getMessage().contains("hbfp.exponent_pth"));
    }
}
