package org.coltrain.sim.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * How the engine forms the next iteration from its queues: one implementation per policy, each a record of its
 * settings. The engine asks whenever the previous iteration ends or work arrives at an idle accelerator; an empty
 * plan leaves the accelerator to the training job, or idle.
 */
public sealed interface BatchingPolicy extends java.io.Serializable
        permits StaticBatches, IterationBatching, ChunkedPrefill {

    String name();

    void plan(EngineState state, Plan out);

    /** Decodes of every running sequence past its prefill, each with its next block secured. */
    static void decodeAll(EngineState state, Plan out) {
        List<Sequence> decoders = new ArrayList<>();
        for (Sequence s : state.running()) if (!s.inPrefill()) decoders.add(s);
        for (Sequence s : state.secureDecodes(decoders)) out.decode(s);
    }
}
