package org.coltrain.bridge.run;

import java.io.IOException;

import org.coltrain.bridge.ModelToLlm;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.results.LlmResults;
import org.coltrain.model.Element;
import org.coltrain.model.LlmServing;
import org.coltrain.model.LlmServingResult;
import org.coltrain.sim.llm.LlmResult;
import org.coltrain.sim.llm.LlmServingConfig;
import org.coltrain.sim.llm.LlmServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;

/** An {@code llm serving} block: the transformer served on its accelerator, with the fine-tuning job if any. */
final class LlmKind implements RunKind {

    @Override
    public String keyword() {
        return "llm";
    }

    @Override
    public Class<? extends Element> elementType() {
        return LlmServing.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        LlmServing serving = (LlmServing) element;
        LlmServingConfig config;
        try {
            config = ModelToLlm.config(serving, options.seed());
            // the memory budget is checked here, before the run: weights and the fine-tuning job must fit the DRAM
            org.coltrain.sim.llm.MemoryBudget.of(config.accelerator(), config.model(),
                    config.training() == null ? 0 : config.training().footprintBytes(config.accelerator()));
        } catch (TraceParseException e) {
            throw RunException.located(e.getMessage(), e);
        } catch (IOException e) {
            throw RunException.model("llm serving " + serving.getName() + ": cannot read its trace: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw RunException.model("llm serving " + serving.getName() + ": " + e.getMessage(), e);
        }
        RunTarget target = new RunTarget(this, serving);
        return monitor -> {
            monitor.progress("serving " + serving.getName(), 0);
            LlmResult result = LlmServingSimulation.run(config, monitor.listener("serving " + serving.getName(), 0, 1));
            monitor.checkCancelled();
            LlmServingResult model = LlmResults.toModel(modelLabel, result);
            return new LlmOutput(target, serving, result, model, EmfJson.toJson(model));
        };
    }
}
