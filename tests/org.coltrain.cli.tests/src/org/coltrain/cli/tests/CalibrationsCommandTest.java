package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.calibration.Calibration;
import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.calibration.Comparisons;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** coltrain calibrations: the table, its JSON, and what one accelerator depends on. */
class CalibrationsCommandTest {

    @Test
    void tableListsEveryCalibrationAndComparison() {
        Cli cli = Cli.run("calibrations");
        assertEquals(0, cli.exitCode(), cli::toString);
        for (Calibration c : Calibrations.ALL) assertTrue(cli.out().contains(c.id()), c.id());
        assertTrue(cli.out().contains("equinox.hbfp_power.reference") && cli.out().contains("held-out"), cli.out());
        assertTrue(cli.out().contains("fitted to: Equinox (MICRO 2021)"), cli.out());
    }

    @Test
    void jsonHasValuesBoundsSourcesAndResidualsAndNullForAMissingFigure() {
        Cli cli = Cli.run("calibrations", "--json");
        assertEquals(0, cli.exitCode(), cli::toString);
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(Calibrations.ALL.size(), root.getAsJsonArray("calibrations").size());
        JsonObject layout = root.getAsJsonArray("calibrations").get(0).getAsJsonObject();
        assertEquals("pe.layout_overhead", layout.get("id").getAsString());
        assertEquals(1 / 0.7, layout.get("value").getAsDouble(), 1e-12);
        assertTrue(layout.get("upper_source").getAsString().contains("OpenROAD"));
        assertEquals(Comparisons.all().size(), root.getAsJsonArray("comparisons").size());
        for (JsonElement e : root.getAsJsonArray("comparisons")) {
            JsonObject row = e.getAsJsonObject();
            boolean prediction = row.get("role").getAsString().equals("prediction");
            assertEquals(prediction, row.get("residual").isJsonNull(), row.toString());
        }
    }

    @Test
    void anAcceleratorOfAFileNamesTheCalibrationsItsCostDependsOn() {
        Cli hbfp = Cli.run("calibrations", "examples/equinox/accelerators.coltrain", "-a", "Equinox", "--json");
        assertEquals(0, hbfp.exitCode(), hbfp::toString);
        List<String> ids = new ArrayList<>();
        JsonParser.parseString(hbfp.out()).getAsJsonObject().getAsJsonArray("depends_on").forEach(e -> ids.add(e.getAsString()));
        assertTrue(ids.contains("hbfp.exponent_path") && ids.contains("pe.layout_overhead"), ids.toString());
        // fixed8 has no exponent path
        Cli fixed = Cli.run("calibrations", "examples/equinox/accelerators.coltrain", "-a", "LatencyOptimal");
        assertEquals(0, fixed.exitCode(), fixed::toString);
        assertTrue(fixed.out().startsWith("area, power and energy of LatencyOptimal depend on: pe.layout_overhead"), fixed.out());
        assertTrue(!fixed.out().contains("hbfp.exponent_path"), fixed.out());
    }
}
