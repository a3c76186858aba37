package org.coltrain.sim.llm;

/**
 * Request-level (static) batching, as serving systems did before Orca (Yu et al., OSDI 2022, Section 2.2): when the
 * batch in flight is done, admit up to the batch limit from the waiting queue, prefill them together, then decode
 * until the last one finishes; nobody joins a batch in flight. Finished members cost nothing in later iterations
 * (no padding is computed), which favours this policy.
 */
public record StaticBatches() implements BatchingPolicy {

    @Override public String name() { return "static"; }

    @Override public void plan(EngineState state, Plan out) {
        boolean inFlight = !state.running().isEmpty();
        if (!inFlight) {
            while (state.admitHead()) { }
            for (Sequence s : state.running()) out.prefill(s, s.target - s.cached);
            return;
        }
        BatchingPolicy.decodeAll(state, out);
    }
}
