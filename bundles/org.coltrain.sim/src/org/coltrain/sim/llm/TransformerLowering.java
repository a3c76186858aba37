package org.coltrain.sim.llm;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.Pass;
import org.coltrain.sim.array.VectorWork;
import org.coltrain.sim.array.Work;
import org.coltrain.sim.llm.TransformerShape.Family;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Lowers one iteration of a decoder-only transformer to the array's GEMMs and vector work (Vaswani et al. 2017,
 * Section 3.2; Touvron et al. 2023 and Brown et al. 2020 for the block layouts). The T new tokens of all sequences
 * of an iteration share the weight GEMMs (M = T: a whole prompt in prefill, one row per sequence in decode, a
 * GEMV at batch 1); attention is per sequence, because each attends to its own context.
 *
 * <p>Per block: norm; fused QKV projection (N = (heads + 2 kvHeads) x headDim); per sequence and KV head the scores
 * Q K^T (M = q x heads/kvHeads query rows of the group, N = context, K = headDim: the grouped queries share the
 * head's keys, read once), softmax, and A V (N = headDim, K = context); output projection; residual add; norm; FFN
 * (LLAMA: gate and up fused, N = 2 ffn, SwiGLU, down; GPT: up, GELU, down); residual add. After the blocks: final
 * norm and the output head (vocabulary logits) for the rows that emit a token.
 *
 * <p>Simplifications: attention computes the full q x context score block, causal masking is not exploited (a fused
 * kernel such as FlashAttention skips about half of it in prefill); biases and element-wise work are one vector
 * operation per element; every piece reads and writes its operands through DRAM, as the array model does.
 */
public final class TransformerLowering {

    private TransformerLowering() {
    }

    /** One block's weight GEMMs and element-wise work for {@code tokens} new tokens (attention excluded). */
    public static List<Work> blockLinear(TransformerShape s, long tokens) {
        long h = s.hidden(), t = tokens;
        List<Work> out = new ArrayList<>(9);
        out.add(eltwise("norm1", t * h, 1));
        out.add(weightGemm("qkv", t, s.qkvWidth(), h));
        out.add(weightGemm("out_proj", t, h, (long) s.heads() * s.headDim()));
        out.add(eltwise("residual1", t * h, 2));
        out.add(eltwise("norm2", t * h, 1));
        if (s.family() == Family.LLAMA) {
            out.add(weightGemm("ffn_gate_up", t, 2L * s.ffn(), h));
            out.add(eltwise("swiglu", t * s.ffn(), 2));
        } else {
            out.add(weightGemm("ffn_up", t, s.ffn(), h));
            out.add(eltwise("gelu", t * s.ffn(), 1));
        }
        out.add(weightGemm("ffn_down", t, h, s.ffn()));
        out.add(eltwise("residual2", t * h, 2));
        return out;
    }

    /** One block's attention for one sequence's chunk: scores, softmax, weighted sum of values. */
    public static List<Work> blockAttention(TransformerShape s, SequenceChunk c) {
        long group = s.heads() / s.kvHeads();
        long rows = c.newTokens() * group, context = c.attendedTokens(), d = s.headDim();
        int kv = s.kvHeads();
        long scores = rows * context;
        return List.of(
                new Gemm("attn_scores", Pass.FORWARD, kv, rows, context, d, rows * d, context * d, scores),
                new VectorWork("softmax", Pass.FORWARD, kv * scores, kv * scores, kv * scores, 0),
                new Gemm("attn_values", Pass.FORWARD, kv, rows, d, context, scores, context * d, rows * d));
    }

    /** Token embedding gather for {@code tokens} rows (one table row each). */
    public static Work embedding(TransformerShape s, long tokens) {
        long e = tokens * s.hidden();
        return new VectorWork("embedding", Pass.FORWARD, e, e, e, 0);
    }

    /** Final norm and output head for the {@code rows} sequences that emit a token. */
    public static List<Work> head(TransformerShape s, long rows) {
        return List.of(eltwise("final_norm", rows * s.hidden(), 1), weightGemm("lm_head", rows, s.vocabulary(), s.hidden()));
    }

    /** Multiply-accumulates of one iteration (weight GEMMs, attention, head): the compute roofline's numerator. */
    public static double macs(TransformerShape s, List<SequenceChunk> chunks) {
        long tokens = 0, emitting = 0;
        double attention = 0;
        for (SequenceChunk c : chunks) {
            tokens += c.newTokens();
            if (c.emitsToken()) emitting++;
            attention += 2.0 * s.heads() * c.newTokens() * c.attendedTokens() * s.headDim();
        }
        return s.layers() * ((double) tokens * s.blockMatrixElements() + attention)
                + (double) emitting * s.vocabulary() * s.hidden();
    }

    /**
     * The transformer as a layer list for the training lowering (forward, backward data and weights, update: about
     * three forward passes of GEMMs), for fine-tuning on sequences of {@code sequence} tokens. Attention becomes
     * two Matmuls per block with all heads (count = heads), the element-wise work Eltwise layers; the embedding is
     * left out (a gather and a sparse update), the head included.
     */
    public static NetworkSpec trainingNetwork(TransformerShape s, int sequence) {
        int h = s.hidden(), d = s.headDim(), t = sequence;
        List<LayerSpec> layers = new ArrayList<>(s.layers() * 10 + 2);
        for (int b = 0; b < s.layers(); b++) {
            String p = "block" + b + ".";
            layers.add(new LayerSpec.Eltwise(p + "norm1", (long) t * h, 1));
            layers.add(new LayerSpec.Dense(p + "qkv", t, h, Math.toIntExact(s.qkvWidth())));
            layers.add(new LayerSpec.Matmul(p + "attn_scores", s.heads(), t, d, t));
            layers.add(new LayerSpec.Eltwise(p + "softmax", (long) s.heads() * t * t, 1));
            layers.add(new LayerSpec.Matmul(p + "attn_values", s.heads(), t, t, d));
            layers.add(new LayerSpec.Dense(p + "out_proj", t, s.heads() * d, h));
            layers.add(new LayerSpec.Eltwise(p + "residual1", (long) t * h, 2));
            layers.add(new LayerSpec.Eltwise(p + "norm2", (long) t * h, 1));
            boolean gated = s.family() == Family.LLAMA;
            layers.add(new LayerSpec.Dense(p + "ffn_up", t, h, gated ? 2 * s.ffn() : s.ffn()));
            layers.add(new LayerSpec.Eltwise(p + "ffn_act", (long) t * s.ffn(), gated ? 2 : 1));
            layers.add(new LayerSpec.Dense(p + "ffn_down", t, s.ffn(), h));
            layers.add(new LayerSpec.Eltwise(p + "residual2", (long) t * h, 2));
        }
        layers.add(new LayerSpec.Eltwise("final_norm", (long) t * h, 1));
        layers.add(new LayerSpec.Dense("lm_head", t, h, s.vocabulary()));
        return new NetworkSpec(s.name() + "-seq" + sequence, layers);
    }

    private static Gemm weightGemm(String name, long m, long n, long k) {
        return new Gemm(name, Pass.FORWARD, 1, m, n, k, m * k, k * n, m * n);
    }

    /** {@code elements} outputs from {@code inputs} operands each. */
    private static VectorWork eltwise(String name, long elements, int inputs) {
        return new VectorWork(name, Pass.FORWARD, elements * inputs, elements * inputs, elements, 0);
    }
}
