package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.RunResult;
import org.coltrain.model.ServiceResult;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** results.xmi is the EMF results model of the run: it loads back and says what results.json says, in SI units. */
class ResultsModelTest {

    @Test
    void resultsXmiLoadsBackWithTheNumbersOfResultsJson(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("run", "examples/equinox/equinox.coltrain", "-e", "EquinoxCoLocated", "--interpret", "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        JsonObject json = JsonParser.parseString(Files.readString(dir.resolve("results.json"))).getAsJsonObject();

        ColtrainPackage.eINSTANCE.eClass(); // registers the metamodel's namespace for the loader
        Resource xmi = new XMIResourceImpl(URI.createFileURI(dir.resolve("results.xmi").toString()));
        xmi.load(null);
        RunResult run = (RunResult) xmi.getContents().get(0);

        assertEquals(json.get("experiment").getAsString(), run.getExperiment());
        assertEquals(json.get("seed").getAsLong(), run.getSeed());
        JsonObject service = json.getAsJsonArray("services").get(0).getAsJsonObject();
        ServiceResult resnet = run.getServices().get(0);
        assertEquals(service.get("name").getAsString(), resnet.getName());
        assertEquals(service.get("completed").getAsLong(), resnet.getCompleted());
        assertEquals(service.get("arrivals").getAsLong(), resnet.getArrivals());
        assertEquals(service.get("slo_met").getAsBoolean(), resnet.isSloMet());
        assertEquals(service.get("p99_us").getAsDouble() * 1e-6, resnet.getP99S(), 1e-12);
        assertEquals(json.getAsJsonObject("accelerator").get("area_mm2").getAsDouble() * 1e-6, run.getAreaM2(), 1e-12);
        assertFalse(run.getTraining().isEmpty(), "the co-located experiment trains");
        // the DRAM the kind resolved to (hbm2 stacks 4 at an explicit 900 GB/s) and the calibrations the cost used
        assertEquals(900e9, json.getAsJsonObject("accelerator").get("dram_bandwidth_bytes_per_s").getAsDouble());
        assertEquals(900e9, run.getDramBandwidthBytesPerS());
        assertEquals(31.76, json.getAsJsonObject("accelerator").get("dram_energy_pj_per_byte").getAsDouble(), 1e-9);
        java.util.List<String> dependsOn = new java.util.ArrayList<>();
        json.getAsJsonArray("depends_on").forEach(e -> dependsOn.add(e.getAsString()));
        assertEquals(org.coltrain.sim.calibration.Calibrations.ALL.stream().map(c -> c.id()).toList(), dependsOn,
                "an HBFP chip on default parameters depends on every calibration");
        assertEquals(dependsOn, run.getCalibrations());
    }
}
