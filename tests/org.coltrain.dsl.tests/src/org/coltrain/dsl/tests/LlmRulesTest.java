package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.HEADS_NOT_DIVIDING;
import static org.coltrain.dsl.validation.IssueCodes.LENGTH_RANGE_ORDER;
import static org.coltrain.dsl.validation.IssueCodes.LLM_LENGTHS_MISSING;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.coltrain.dsl.validation.IssueCodes.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.LlmBatching;
import org.coltrain.model.LlmServing;
import org.coltrain.model.Transformer;
import org.coltrain.model.TransformerFamily;
import org.junit.jupiter.api.Test;

/** Transformers and LLM serving blocks (LlmValidator), each check both ways. */
class LlmRulesTest extends RuleTestSupport {

    private static final String LLM = CHIP + """
            transformer Tiny {
            	llama layers 2 hidden 64 heads 4 kv heads 2 ffn 256 vocabulary 1000 context 512
            }

            llm serving Chat {
            	accelerator Chip
            	model Tiny
            	arrival poisson rate 1 /s
            	prompt 16 to 64
            	output 8
            	batching chunked-prefill budget 128
            	max batch 8
            	slo ttft 1 s tpot 100 ms at percentile 90
            	fine-tune Tiny sequence 32 batch 2
            	duration 10 s
            }
            """;

    @Test
    void theTinyServingBlockValidatesAndLinks() {
        assertClean(LLM, HEADS_NOT_DIVIDING);
        var model = parse(LLM);
        Transformer t = (Transformer) model.getElements().get(1);
        assertEquals(TransformerFamily.LLAMA, t.getFamily());
        assertEquals(2, t.getKvHeads());
        LlmServing s = (LlmServing) model.getElements().get(2);
        assertEquals(t, s.getModel());
        assertEquals(LlmBatching.CHUNKED_PREFILL, s.getBatching());
        assertEquals(128, s.getTokenBudget());
        assertEquals(0.1, s.getTpotSloS(), 1e-12);
        assertEquals(90, s.getSloPercentile());
        assertEquals(64, s.getPromptMax());
    }

    @Test
    void headsThatDoNotDivideTheHiddenWidthAreRejected() {
        assertOnlyError(LLM.replace("heads 4 kv heads 2", "heads 3 kv heads 1"), Literals.TRANSFORMER, HEADS_NOT_DIVIDING);
    }

    @Test
    void kvHeadsThatDoNotDivideTheHeadsAreRejected() {
        assertOnlyError(LLM.replace("kv heads 2", "kv heads 3"), Literals.TRANSFORMER, HEADS_NOT_DIVIDING);
    }

    @Test
    void aZeroSizedTransformerIsRejected() {
        assertOnlyError(LLM.replace("layers 2", "layers 0"), Literals.TRANSFORMER, NON_POSITIVE);
    }

    @Test
    void lengthsAreRequired() {
        assertOnlyError(LLM.replace("\tprompt 16 to 64\n\toutput 8\n", ""), Literals.LLM_SERVING, LLM_LENGTHS_MISSING);
    }

    @Test
    void lengthsGivenTwiceAreRejected() {
        assertOnlyError(LLM.replace("\toutput 8\n", "\toutput 8\n\tlengths \"requests.csv\"\n"), Literals.LLM_SERVING,
                LLM_LENGTHS_MISSING);
    }

    @Test
    void aTraceAloneGivesTheLengths() {
        assertClean(LLM.replace("\tprompt 16 to 64\n\toutput 8\n", "\tlengths \"requests.csv\"\n"), LLM_LENGTHS_MISSING);
    }

    @Test
    void aDescendingRangeIsRejected() {
        assertOnlyError(LLM.replace("prompt 16 to 64", "prompt 64 to 16"), Literals.LLM_SERVING, LENGTH_RANGE_ORDER);
    }

    @Test
    void aZeroBudgetIsRejected() {
        assertOnlyError(LLM.replace("budget 128", "budget 0"), Literals.LLM_SERVING, NON_POSITIVE);
    }

    @Test
    void aPercentileAbove100IsRejected() {
        assertOnlyError(LLM.replace("at percentile 90", "at percentile 101"), Literals.LLM_SERVING, OUT_OF_RANGE);
    }

    @Test
    void softKeywordsStillNameThings() {
        // 'model', 'output' and 'layers' are keywords only inside the LLM blocks
        assertClean(LLM.replace("Tiny", "model").replace("Chat", "output"), HEADS_NOT_DIVIDING);
    }
}
