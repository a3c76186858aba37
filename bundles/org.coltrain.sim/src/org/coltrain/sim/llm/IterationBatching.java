package org.coltrain.sim.llm;

/**
 * Iteration-level (continuous) batching as vLLM schedules it (Yu et al., OSDI 2022; Kwon et al., SOSP 2023,
 * Section 4.5): requests join and leave the batch at every iteration. An iteration either prefills newly admitted
 * requests (first come, first served, while their prompts fit the token budget; the first one always fits) or, when
 * none can be admitted, decodes every running sequence.
 */
public record IterationBatching(int tokenBudget) implements BatchingPolicy {

    public IterationBatching {
        if (tokenBudget < 1) throw new IllegalArgumentException("token budget must be positive");
    }

    @Override public String name() { return "continuous"; }

    @Override public void plan(EngineState state, Plan out) {
        int tokens = 0;
        while (state.hasWaiting()) {
            int t = state.waitingHead().target;
            if (!out.isEmpty() && tokens + t > tokenBudget) break;
            Sequence head = state.waitingHead();
            if (!state.admitHead()) break;
            out.prefill(head, t);
            tokens += t;
        }
        if (out.isEmpty()) BatchingPolicy.decodeAll(state, out);
    }
}
