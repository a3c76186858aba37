package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.results.ResultCsvs;
import org.coltrain.model.Experiment;
import org.coltrain.model.RunResult;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.serve.result.ResultSummary;
import org.coltrain.sim.serve.result.SimulationResult;

/**
 * One experiment's run: the simulator's result, the same as the RunResult metamodel, results.json, and
 * layers.csv, latency_histogram.csv and timeseries.csv. The experiment's {@code outputs} entry may leave out the
 * tables or the report.
 */
public record ExperimentOutput(RunTarget target, Experiment experiment, SimulationResult simulation, String acceleratorName,
        AcceleratorCost cost, RunResult result, String resultsJson, boolean writesTables, boolean writesReport)
        implements RunOutput {

    @Override
    public Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("layers.csv", ResultCsvs.layers(result));
        t.put("latency_histogram.csv", ResultCsvs.latencyHistogram(result));
        t.put("timeseries.csv", ResultCsvs.timeSeries(result));
        return t;
    }

    @Override
    public void summary(PrintWriter out) {
        ResultSummary.print(simulation, out);
        out.printf(Locale.ROOT, "accelerator %s: %.1f mm2, %.1f W peak on chip (DRAM not included)%n", acceleratorName,
                cost.areaMm2(), cost.powerMw() / 1000);
        if (!result.getCalibrations().isEmpty())
            out.println("  area, power and energy depend on calibrations " + String.join(", ", result.getCalibrations())
                    + " (coltrain calibrations)");
    }
}
