package org.coltrain.sim.llm;

/**
 * A decoder-only transformer: {@code layers} blocks of attention (with {@code kvHeads} key/value heads shared by the
 * {@code heads} query heads, grouped-query attention when fewer) and a feed-forward network of width {@code ffn}.
 *
 * <p>Two families, as their papers describe them. LLAMA (Touvron et al. 2023, Llama 2, Section 2.2 and the model
 * card): no biases, RMSNorm (one weight vector per norm), SwiGLU FFN of three matrices, rotary positions (no
 * weights), untied input embedding and output head. GPT (Brown et al. 2020, Section 2.1, as GPT-2): biases on every
 * linear layer, LayerNorm (weight and bias), a two-matrix GELU FFN, learned positions for {@code context} tokens,
 * the output head tied to the input embedding.
 */
public record TransformerShape(String name, Family family, int layers, int hidden, int heads, int kvHeads, int ffn,
        int vocabulary, int context) implements java.io.Serializable {

    public enum Family { LLAMA, GPT }

    public TransformerShape {
        if (layers < 1 || hidden < 1 || heads < 1 || kvHeads < 1 || ffn < 1 || vocabulary < 1 || context < 1)
            throw new IllegalArgumentException(name + ": every size of a transformer must be positive");
        if (hidden % heads != 0) throw new IllegalArgumentException(name + ": hidden " + hidden + " is not a multiple of heads " + heads);
        if (heads % kvHeads != 0) throw new IllegalArgumentException(name + ": heads " + heads + " is not a multiple of KV heads " + kvHeads);
    }

    // Touvron et al. 2023 (Llama 2), Table 1 and the model card: 32 layers, 4096 hidden, 32 heads (no GQA at 7B),
    // FFN 11008, vocabulary 32000, context 4096.
    public static TransformerShape llama2_7b() {
        return new TransformerShape("llama2-7b", Family.LLAMA, 32, 4096, 32, 32, 11008, 32000, 4096);
    }

    // Touvron et al. 2023 (Llama 2), Table 1 and the model card: 40 layers, 5120 hidden, 40 heads, FFN 13824.
    public static TransformerShape llama2_13b() {
        return new TransformerShape("llama2-13b", Family.LLAMA, 40, 5120, 40, 40, 13824, 32000, 4096);
    }

    // Touvron et al. 2023 (Llama 2), Table 1 and the model card: 80 layers, 8192 hidden, 64 heads sharing 8 KV heads
    // (grouped-query attention, Section 2.2), FFN 28672.
    public static TransformerShape llama2_70b() {
        return new TransformerShape("llama2-70b", Family.LLAMA, 80, 8192, 64, 8, 28672, 32000, 4096);
    }

    // Brown et al. 2020, Table 2.1 (GPT-3 175B): 96 layers, d_model 12288, 96 heads of 128, d_ff = 4 d_model,
    // context 2048; Section 2.1: the GPT-2 architecture and BPE vocabulary (50257 tokens, Radford et al. 2019).
    public static TransformerShape gpt3_175b() {
        return new TransformerShape("gpt3-175b", Family.GPT, 96, 12288, 96, 96, 4 * 12288, 50257, 2048);
    }

    // Zhang et al. 2022 (OPT), Table 1: 13B has 40 layers, 40 heads, d_model 5120, GPT-3's layout (Section 2.1);
    // FFN 4 d_model = 20480, vocabulary 50272 and 2048 positions as in the released facebook/opt-13b config.
    public static TransformerShape opt13b() {
        return new TransformerShape("opt-13b", Family.GPT, 40, 5120, 40, 40, 20480, 50272, 2048);
    }

    // Brown et al. 2020, Table 2.1 (GPT-3 Small, 125M): 12 layers, d_model 768, 12 heads of 64, context 2048.
    public static TransformerShape gpt3Small() {
        return new TransformerShape("gpt3-small", Family.GPT, 12, 768, 12, 12, 4 * 768, 50257, 2048);
    }

    public int headDim() { return hidden / heads; }

    /** Width of the fused Q, K, V projection: query heads plus two KV heads' worth, each {@link #headDim()} wide. */
    public long qkvWidth() { return (long) (heads + 2 * kvHeads) * headDim(); }

    /** Weights of one block's matrices (QKV, output projection, FFN), biases and norms excluded. */
    public long blockMatrixElements() {
        long ffnMatrices = family == Family.LLAMA ? 3 : 2;
        return hidden * qkvWidth() + (long) hidden * hidden + ffnMatrices * hidden * ffn;
    }

    /** Biases and norm weights of one block. */
    public long blockVectorElements() {
        return family == Family.LLAMA ? 2L * hidden // two RMSNorm weight vectors
                : qkvWidth() + hidden + ffn + hidden + 4L * hidden; // linear biases, two LayerNorms (weight + bias)
    }

    /** Every parameter: blocks, final norm, embedding, positions (GPT) and the head (untied for LLAMA). */
    public long parameters() {
        long blocks = layers * (blockMatrixElements() + blockVectorElements());
        long embedding = (long) vocabulary * hidden;
        long finalNorm = family == Family.LLAMA ? hidden : 2L * hidden;
        long positions = family == Family.GPT ? (long) context * hidden : 0;
        long head = family == Family.LLAMA ? embedding : 0; // GPT ties the head to the embedding
        return blocks + finalNorm + embedding + positions + head;
    }

    /**
     * Weights one forward step reads whole: every block, the final norm and the output head. The embedding table
     * and positions are gathered row by row (one row per token), so they are not in this count.
     */
    public long streamedWeightElements() {
        return layers * (blockMatrixElements() + blockVectorElements()) + (family == Family.LLAMA ? hidden : 2L * hidden)
                + (long) vocabulary * hidden;
    }

    /** Elements of the KV cache per token over all layers: a key and a value vector per KV head and layer. */
    public long kvElementsPerToken() { return 2L * layers * kvHeads * headDim(); }
}
