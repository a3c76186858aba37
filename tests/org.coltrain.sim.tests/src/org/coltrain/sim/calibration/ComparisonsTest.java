package org.coltrain.sim.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.calibration.Comparison.Role;
import org.coltrain.sim.cost.CostModel;
import org.junit.jupiter.api.Test;

/** The fitted and held-out figures side by side; each golden value with its source and working. */
class ComparisonsTest {

    private static double model(String id) {
        return Comparisons.find(id).orElseThrow().modelValue();
    }

    @Test
    void fittedRowsComeFirstThenHeldOutThenPredictions() {
        List<Role> roles = Comparisons.all().stream().map(Comparison::role).toList();
        assertEquals(roles.stream().sorted().toList(), roles);
        assertTrue(roles.contains(Role.FITTED) && roles.contains(Role.HELD_OUT) && roles.contains(Role.PREDICTION));
        StringWriter text = new StringWriter();
        CalibrationTable.print(Calibrations.ALL, Comparisons.all(), new PrintWriter(text));
        System.out.println(text);
        for (Comparison c : Comparisons.all()) assertTrue(text.toString().contains(c.id()), c.id());
    }

    @Test
    void controllerIsWithinTheFigureItWasFittedTo() {
        // Equinox (MICRO 2021): controller logic below 1% of area and power; 0.1 mm2 of 38.05 mm2, 20 mW of 7212 mW
        assertEquals(0.263, model("controller.area_share"), 1e-3);
        assertEquals(0.277, model("controller.power_share"), 1e-3);
        assertTrue(Comparisons.find("controller.area_share").orElseThrow().withinBound());
    }

    @Test
    void heldOutEquinoxOverheadsAreBelowThePapersPowerAndNearItsArea() {
        // Equinox (MICRO 2021): +13% power, +4% area; CostModelTest has the working on the reference chip
        assertEquals(10.71, model("equinox.hbfp_power.reference"), 0.01);
        assertEquals(3.79, model("equinox.hbfp_area.reference"), 0.01);
        // the example chip (14 x 64 x 128, 16 MiB of buffers): more of its area is PEs, so area grows more
        assertEquals(10.51, model("equinox.hbfp_power.example"), 0.01);
        assertEquals(5.22, model("equinox.hbfp_area.example"), 0.01);
    }

    @Test
    void tpuV1SanityTheModelStaysInsideThePublishedDieAndIsDenserThanItsMatrixUnit() {
        // Jouppi et al., ISCA 2017: die < 331 mm2 at 28 nm, Matrix Multiply Unit 24% of it: <= 1212 um2 per MAC.
        // Model: 569.866 um2 of cells x 1/0.7 = 814.1 um2 per MAC at 45 nm, x (28/45)^2 = 315.2 um2 at 28 nm.
        assertEquals(315.19, model("tpu_v1.pe_area"), 0.01);
        assertEquals(0.260, Comparisons.find("tpu_v1.pe_area").orElseThrow().ratio(), 1e-3);
        // whole chip: PEs 65536 x 814.1 um2 = 53.35 mm2, buffers 28928 KiB x 0.005669 = 163.99 mm2, controller 0.1:
        // 217.44 mm2 at 45 nm x 0.3872 = 84.18 mm2 at 28 nm, inside the die
        double dieMm2 = Comparisons.toTpuNode(CostModel.areaMm2(ReferenceAccelerators.tpuV1()));
        assertTrue(dieMm2 < 331, "model die " + dieMm2);
        assertEquals(84.18, dieMm2, 0.01);
        // 24 MiB of buffer: 24576 KiB x 0.005669 mm2 x 0.3872 = 53.94 mm2 against 29% of < 331 mm2 = 96 mm2
        assertEquals(53.94, model("tpu_v1.buffer_area"), 0.01);
    }

    @Test
    void predictionsHaveNoResidual() {
        for (Comparison c : Comparisons.all())
            if (c.role() == Role.PREDICTION) assertTrue(Double.isNaN(c.residual()), c.id());
        // HBFP8 PE over fixed8 PE: 1424.54 / 24 = 59.36 um2 on 569.87 um2
        assertEquals(10.416, model("hbfp8.pe_area"), 1e-3);
    }
}
