package org.coltrain.sim.llm;

/**
 * Chunked prefill with stall-free batching (Agrawal et al., Sarathi-Serve, OSDI 2024, Section 4): every iteration
 * decodes all running sequences first, then spends the rest of a token budget on prefill chunks, continuing the
 * partial prefills in admission order and then admitting new requests. A long prompt spreads over several
 * iterations instead of stalling the decodes.
 */
public record ChunkedPrefill(int tokenBudget) implements BatchingPolicy {

    public ChunkedPrefill {
        if (tokenBudget < 1) throw new IllegalArgumentException("token budget must be positive");
    }

    @Override public String name() { return "chunked-prefill"; }

    @Override public void plan(EngineState state, Plan out) {
        BatchingPolicy.decodeAll(state, out);
        int budget = tokenBudget - out.size();
        for (Sequence s : state.running()) {
            if (budget <= 0) return;
            if (!s.inPrefill()) continue;
            int q = Math.min(budget, s.target - s.cached);
            out.prefill(s, q);
            budget -= q;
        }
        while (budget > 0 && state.hasWaiting()) {
            Sequence head = state.waitingHead();
            if (!state.admitHead()) return;
            int q = Math.min(budget, head.target);
            out.prefill(head, q);
            budget -= q;
        }
    }
}
