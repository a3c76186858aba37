package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coltrain.bridge.results.MappingResults;
import org.coltrain.bridge.results.MappingSummary;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.MappingResult;
import org.coltrain.sim.mapping.MappingStudy;

/** A mapping study's run: the MappingResult metamodel, results.json (every mapping with its layers), mapping.csv, pareto.csv. */
public record MappingOutput(RunTarget target, ChannelMapping mapping, MappingStudy study, Map<String, Double> testAccuracy,
        MappingResult result, String resultsJson) implements RunOutput {

    public MappingOutput {
        testAccuracy = Map.copyOf(testAccuracy);
    }

    @Override
    public Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("mapping.csv", MappingResults.layersCsv(study));
        t.put("pareto.csv", MappingResults.paretoCsv(study));
        return t;
    }

    @Override
    public void summary(PrintWriter out) {
        MappingSummary.print(mapping.getName(), study, testAccuracy, out);
    }
}
