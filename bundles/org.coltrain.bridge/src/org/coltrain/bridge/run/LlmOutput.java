package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coltrain.bridge.results.LlmResults;
import org.coltrain.model.LlmServing;
import org.coltrain.model.LlmServingResult;
import org.coltrain.sim.llm.LlmResult;

/** An LLM serving run: the simulator's result, and the same in the results metamodel. */
public record LlmOutput(RunTarget target, LlmServing serving, LlmResult simulation, LlmServingResult result,
        String resultsJson) implements RunOutput {

    @Override
    public Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("kv_occupancy.csv", LlmResults.occupancyCsv(result));
        return t;
    }

    @Override
    public void summary(PrintWriter out) {
        simulation.print(out);
    }
}
