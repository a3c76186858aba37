package org.coltrain.sim.llm;

import org.coltrain.sim.serve.ProgressListener;

/** Entry point of LLM serving: a pure function of the config, seed included (equal configs, equal results). */
public final class LlmServingSimulation {

    private LlmServingSimulation() {}

    public static LlmResult run(LlmServingConfig config, ProgressListener listener) {
        return new LlmServingRun(config).run(listener);
    }

    public static LlmResult run(LlmServingConfig config) { return run(config, ProgressListener.NONE); }
}
