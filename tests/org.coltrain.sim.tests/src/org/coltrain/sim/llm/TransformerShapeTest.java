package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransformerShapeTest {

    @Test
    void llama2_7bHasTheModelCardsParameterCount() {
        // Per block: Q, K, V, O 4 x 4096^2 = 67,108,864; SwiGLU 3 x 4096 x 11008 = 135,266,304; two RMSNorms
        // 2 x 4096 = 8,192; block 202,383,360, x 32 = 6,476,267,520. Embedding and untied head 2 x 32000 x 4096 =
        // 262,144,000; final norm 4096. Total 6,738,415,616: the count of the released checkpoint, "7B" (6.7B)
        // in Touvron et al. 2023, Table 1.
        assertEquals(6_738_415_616L, TransformerShape.llama2_7b().parameters());
    }

    @Test
    void llama2_13bHasTheModelCardsParameterCount() {
        // Per block 4 x 5120^2 = 104,857,600 + 3 x 5120 x 13824 = 212,336,640 + 2 x 5120 = 317,204,480, x 40 =
        // 12,688,179,200; embedding and head 2 x 32000 x 5120 = 327,680,000; final norm 5120: 13,015,864,320 ("13B").
        assertEquals(13_015_864_320L, TransformerShape.llama2_13b().parameters());
    }

    @Test
    void gpt3IsWithinAQuarterPercentOfTheTablesCount() {
        // Per block 12 d^2 + 13 d = 1,811,939,328 + 159,744 (biases, two LayerNorms) = 1,812,099,072, x 96 =
        // 173,961,510,912; tied embedding 50257 x 12288 = 617,558,016; positions 2048 x 12288 = 25,165,824; final
        // LayerNorm 24,576: 174,604,259,328, which Brown et al. 2020 (Table 2.1) round to 175.0B (0.23% below).
        TransformerShape s = TransformerShape.gpt3_175b();
        assertEquals(174_604_259_328L, s.parameters());
        assertEquals(175.0e9, s.parameters(), 0.0025 * 175.0e9);
    }

    @Test
    void kvCacheHoldsAKeyAndAValuePerKvHeadAndLayer() {
        // Llama-2-7B: 2 x 32 layers x 32 KV heads x 128 = 262,144 elements per token, 512 KiB in BF16 (vLLM, Kwon
        // et al. 2023, Section 3, quote 800 KB per token for OPT-13B: 2 x 40 x 5120 x 2 bytes = 819,200 bytes).
        assertEquals(262_144L, TransformerShape.llama2_7b().kvElementsPerToken());
        assertEquals(819_200L / 2, TransformerShape.llama2_13b().kvElementsPerToken());
    }

    @Test
    void llama2_70bSharesEachKvHeadAmongEightQueryHeads() {
        // Per block: Q and O 2 x 8192^2 = 134,217,728; K and V 2 x 8192 x (8 x 128) = 16,777,216; SwiGLU
        // 3 x 8192 x 28672 = 704,643,072; norms 16,384; block 855,654,400, x 80 = 68,452,352,000; embedding and
        // head 2 x 32000 x 8192 = 524,288,000; final norm 8192: 68,976,648,192 ("70B").
        TransformerShape s = TransformerShape.llama2_70b();
        assertEquals(68_976_648_192L, s.parameters());
        // KV per token: 2 x 80 layers x 8 KV heads x 128 = 163,840 elements, an eighth of the 64-head equivalent
        assertEquals(163_840L, s.kvElementsPerToken());
    }

    @Test
    void attentionReadsEachKvHeadOnceForItsGroupOfQueries() {
        // a decode at context 999 (1000 attended tokens): the scores and values GEMMs' right operands are the keys
        // and values of the 8 KV heads, 8 x 1000 x 128 each, and the 64 query heads are 8 rows per KV head
        TransformerShape s = TransformerShape.llama2_70b();
        long kv = 0;
        for (var w : TransformerLowering.blockAttention(s, SequenceChunk.decode(999)))
            if (w instanceof org.coltrain.sim.array.Gemm g) {
                kv += g.count() * g.rightElements();
                assertEquals(8, g.count());
                assertEquals(8, g.m());
            }
        assertEquals(1000 * s.kvElementsPerToken() / s.layers(), kv);
    }
}
