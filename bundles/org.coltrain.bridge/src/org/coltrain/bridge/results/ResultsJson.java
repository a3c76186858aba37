package org.coltrain.bridge.results;

import org.coltrain.sim.calibration.Calibrations;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;
import org.coltrain.sim.serve.result.WindowCounts;
import org.coltrain.sim.spec.AcceleratorSpec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * results.json: the run's figures with snake_case names and units in the names, for scripts and pandas.
 * No wall-clock time or host name goes in, so the same model and seed give the same file byte for byte.
 */
public final class ResultsJson {

    private ResultsJson() {
    }

    public static String toJson(String modelFile, AcceleratorSpec acc, double areaMm2, double powerMw, SimulationResult r) {
        JsonObject root = new JsonObject();
        root.addProperty("experiment", r.experiment());
        root.addProperty("model", modelFile);
        root.addProperty("seed", r.seed());
        root.addProperty("scheduler", r.scheduler());
        root.addProperty("simulated_seconds", r.simulatedSeconds());
        root.addProperty("measured_seconds", r.measuredSeconds());
        JsonObject accelerator = new JsonObject();
        accelerator.addProperty("name", acc.name());
        accelerator.addProperty("pe_count", acc.peMacs());
        accelerator.addProperty("clock_hz", acc.clockHz());
        accelerator.addProperty("area_mm2", areaMm2);
        accelerator.addProperty("power_mw", powerMw);
        accelerator.addProperty("dram_bandwidth_bytes_per_s", acc.dramBandwidthBytesPerS());
        accelerator.addProperty("dram_energy_pj_per_byte", acc.cost().dramEnergyPjPerByte());
        root.add("accelerator", accelerator);
        // the calibrations (coltrain calibrations) that area, power and energy depend on
        JsonArray dependsOn = new JsonArray();
        Calibrations.dependsOn(acc).forEach(dependsOn::add);
        root.add("depends_on", dependsOn);
        JsonArray services = new JsonArray();
        for (ServiceResult s : r.services()) services.add(service(s));
        root.add("services", services);
        JsonArray training = new JsonArray();
        for (TrainingResult t : r.training()) {
            JsonObject job = new JsonObject();
            job.addProperty("name", t.name());
            job.addProperty("steps", t.steps());
            job.addProperty("samples_per_s", t.samplesPerS());
            job.addProperty("dedicated_samples_per_s", t.dedicatedSamplesPerS());
            job.addProperty("fraction_of_dedicated", t.fractionOfDedicated());
            training.add(job);
        }
        root.add("training", training);
        root.addProperty("utilization", r.utilization());
        root.addProperty("inference_utilization", r.inferenceUtilization());
        root.addProperty("training_utilization", r.trainingUtilization());
        root.addProperty("energy_j", r.energyJ());
        root.addProperty("average_power_w", r.averagePowerW());
        root.addProperty("max_training_delay_us", r.maxTrainingDelayNs() / 1e3);
        return StrictJson.toJson(root);
    }

    private static JsonObject service(ServiceResult s) {
        JsonObject o = new JsonObject();
        o.addProperty("name", s.name());
        WindowCounts c = s.counts();
        o.addProperty("arrivals", c.arrivals());
        o.addProperty("completed", c.completed());
        o.addProperty("late", c.late());
        o.addProperty("dropped", c.dropped());
        o.addProperty("unfinished", c.unfinished());
        o.addProperty("unfinished_late", c.unfinishedLate());
        o.addProperty("overloaded", c.overloaded());
        o.addProperty("arrival_rate_rps", s.arrivalRateRps());
        o.addProperty("throughput_rps", s.throughputRps());
        o.addProperty("mean_us", s.meanLatencyUs());
        o.addProperty("p50_us", s.p50Us());
        o.addProperty("p90_us", s.p90Us());
        o.addProperty("p99_us", s.p99Us());
        o.addProperty("p999_us", s.p999Us());
        o.addProperty("max_us", s.maxUs());
        o.addProperty("slo_percentile", s.sloPercentile());
        o.addProperty("slo_us", s.sloUs());
        o.addProperty("slo_violation_rate", s.sloViolationRate());
        o.addProperty("slo_met", s.sloMet());
        o.addProperty("mean_batch", s.meanBatch());
        JsonArray batches = new JsonArray();
        s.batchSizeCounts().forEach(batches::add);
        o.add("batch_size_counts", batches);
        return o;
    }
}
