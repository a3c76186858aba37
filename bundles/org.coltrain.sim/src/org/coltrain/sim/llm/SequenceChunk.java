package org.coltrain.sim.llm;

/**
 * One sequence's share of an iteration: {@code newTokens} tokens processed against {@code cachedTokens} already in
 * the KV cache. A decode is (1, context); a whole prefill is (prompt, 0); a prefill chunk is (chunk, tokens done).
 * {@code emitsToken}: the iteration samples a next token for this sequence (decodes and the last chunk of a prefill),
 * so its last row goes through the output head.
 */
public record SequenceChunk(int newTokens, int cachedTokens, boolean emitsToken) {

    public SequenceChunk {
        if (newTokens < 1 || cachedTokens < 0) throw new IllegalArgumentException("a chunk needs tokens, had " + newTokens);
    }

    public static SequenceChunk decode(int context) { return new SequenceChunk(1, context, true); }

    public static SequenceChunk prefill(int prompt) { return new SequenceChunk(prompt, 0, true); }

    /** Tokens attended to: the cached ones and the new ones (causal masking is not exploited, see the lowering). */
    public int attendedTokens() { return cachedTokens + newTokens; }
}
