package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.results.SuperNetResults;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.SuperNetServingResult;
import org.coltrain.sim.supernet.SushiModel;
import org.coltrain.sim.supernet.SushiReport;
import org.coltrain.sim.supernet.SushiResult;

/** A SuperNet serving run: every policy on one query stream, the traced queries and cache contents of SUSHI. */
public record SuperNetOutput(RunTarget target, SuperNetServing serving, SushiModel model, List<SushiResult> policies,
        SuperNetServingResult result, String resultsJson) implements RunOutput {

    public SuperNetOutput {
        policies = List.copyOf(policies);
    }

    @Override
    public Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("policies.csv", SuperNetResults.policiesCsv(result));
        t.put("subnets.csv", SuperNetResults.subNetsCsv(result));
        t.put("queries.csv", SuperNetResults.queriesCsv(result));
        return t;
    }

    @Override
    public void summary(PrintWriter out) {
        SushiReport.print(model, policies, out);
    }
}
