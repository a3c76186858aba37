package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.CO_LOCATION_SETTING;
import static org.coltrain.dsl.validation.IssueCodes.HEADS_NOT_DIVIDING;
import static org.coltrain.dsl.validation.IssueCodes.LENGTH_RANGE_ORDER;
import static org.coltrain.dsl.validation.IssueCodes.LLM_LENGTHS_MISSING;
import static org.coltrain.dsl.validation.IssueCodes.NON_POSITIVE;
import static org.coltrain.dsl.validation.IssueCodes.OUT_OF_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.WEIGHTS_EXCEED_DRAM;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.LlmBatching;
import org.coltrain.model.LlmCoLocation;
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
        // and so are 'temporal' and 'overlapped'
        assertClean(LLM.replace("Tiny", "temporal").replace("Chat", "overlapped"), HEADS_NOT_DIVIDING);
    }

    @Test
    void aZeroTpotSloIsRejected() {
        assertOnlyError(LLM.replace("tpot 100 ms", "tpot 0 ms"), Literals.LLM_SERVING, NON_POSITIVE);
    }

    @Test
    void overlappedCoLocationWithATolerancePercentAndASwitchCostParse() {
        String overlapped = LLM.replace("\tduration 10 s\n", "\tco-location overlapped tolerance 2 %\n\tswitch cost 2 us\n\tduration 10 s\n");
        assertClean(overlapped, CO_LOCATION_SETTING);
        assertClean(overlapped, OUT_OF_RANGE);
        LlmServing s = (LlmServing) parse(overlapped).getElements().get(2);
        assertEquals(LlmCoLocation.OVERLAPPED, s.getCoLocation());
        assertEquals(0.02, s.getOverlapTolerance(), 1e-15);
        assertEquals(2e-6, s.getSwitchCostS(), 1e-18);
        // without the words: temporal, no tolerance, no switch cost
        LlmServing plain = (LlmServing) parse(LLM).getElements().get(2);
        assertEquals(LlmCoLocation.TEMPORAL, plain.getCoLocation());
        assertEquals(false, plain.isSetOverlapTolerance() || plain.isSetSwitchCostS());
    }

    @Test
    void aToleranceWithTemporalCoLocationIsRejected() {
        assertOnlyError(LLM.replace("\tduration 10 s\n", "\tco-location temporal tolerance 1 %\n\tduration 10 s\n"),
                Literals.LLM_SERVING, CO_LOCATION_SETTING);
        assertClean(LLM.replace("\tduration 10 s\n", "\tco-location temporal\n\tduration 10 s\n"), CO_LOCATION_SETTING);
    }

    @Test
    void aToleranceAbove100PercentIsRejected() {
        assertOnlyError(LLM.replace("\tduration 10 s\n", "\tco-location overlapped tolerance 150 %\n\tduration 10 s\n"),
                Literals.LLM_SERVING, OUT_OF_RANGE);
        assertClean(LLM.replace("\tduration 10 s\n", "\tco-location overlapped tolerance 100 %\n\tduration 10 s\n"), OUT_OF_RANGE);
    }

    @Test
    void aNegativeSwitchCostIsRejected() {
        assertOnlyError(LLM.replace("\tduration 10 s\n", "\tswitch cost -1 us\n\tduration 10 s\n"), Literals.LLM_SERVING,
                OUT_OF_RANGE);
        assertClean(LLM.replace("\tduration 10 s\n", "\tswitch cost 0 us\n\tduration 10 s\n"), OUT_OF_RANGE);
    }

    @Test
    void overlappingOrASwitchCostWithoutAFineTuningJobIsRejected() {
        String alone = LLM.replace("\tfine-tune Tiny sequence 32 batch 2\n", "");
        assertOnlyError(alone.replace("\tduration 10 s\n", "\tco-location overlapped\n\tduration 10 s\n"),
                Literals.LLM_SERVING, CO_LOCATION_SETTING);
        assertOnlyError(alone.replace("\tduration 10 s\n", "\tswitch cost 1 us\n\tduration 10 s\n"),
                Literals.LLM_SERVING, CO_LOCATION_SETTING);
        assertClean(alone, CO_LOCATION_SETTING);
    }

    @Test
    void weightsAndTheJobThatExceedTheDramAreRejected() {
        // Chip has 1 GiB; a 2-layer transformer of hidden 8192 and FFN 28672 has 2 x 855,654,400 + 2 x 32000 x 8192
        // + 8192 = 2,235,604,992 weights, 2.35 GB at HBFP8 (8 + 10/24 bits each)
        assertOnlyError(LLM.replace("hidden 64 heads 4 kv heads 2 ffn 256", "hidden 8192 heads 64 kv heads 8 ffn 28672"),
                Literals.LLM_SERVING, WEIGHTS_EXCEED_DRAM);
    }

    @Test
    void theJobAloneCanTipTheDramOver() {
        // the tiny model fits; fine-tuning it on sequences of 4096 x batch 64 needs gigabytes of activations
        assertOnlyError(LLM.replace("sequence 32 batch 2", "sequence 4096 batch 64").replace("context 512", "context 4096"),
                Literals.LLM_SERVING, WEIGHTS_EXCEED_DRAM);
        assertClean(LLM, WEIGHTS_EXCEED_DRAM);
    }
}
