package org.coltrain.sim.llm;

/**
 * One request as the engine tracks it. {@code cached}: tokens whose keys and values are in the cache; a prefill
 * fills them up to {@code target} (the prompt, or after a preemption the prompt and every token generated so far,
 * recomputed as vLLM does) and then emits a token; a decode feeds the last generated token, caching it and emitting
 * the next. After the first token, cached = prompt + generated - 1.
 */
public final class Sequence {

    final int id;
    final long arrivalNs;
    final int prompt;
    final int output;
    int target;
    int cached;
    int generated;
    long blocks;
    long firstTokenNs = -1;
    int preemptions;

    Sequence(int id, long arrivalNs, int prompt, int output) {
        this.id = id;
        this.arrivalNs = arrivalNs;
        this.prompt = prompt;
        this.output = output;
        this.target = prompt;
    }

    public boolean inPrefill() { return cached < target; }

    public int cached() { return cached; }

    public int target() { return target; }

    public int generated() { return generated; }

    public int output() { return output; }
}
