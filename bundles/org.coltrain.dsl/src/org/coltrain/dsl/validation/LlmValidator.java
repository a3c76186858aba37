package org.coltrain.dsl.validation;

import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.LlmServing;
import org.coltrain.model.Transformer;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Transformers and LLM serving blocks: shapes the lowering can split into heads, request lengths, ranges. */
public class LlmValidator extends AbstractDeclarativeValidator {

    private static final ColtrainPackage P = ColtrainPackage.eINSTANCE;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkTransformerSizes(Transformer t) {
        positive(t, P.getTransformer_Layers(), t.getLayers(), "layers");
        positive(t, P.getTransformer_Hidden(), t.getHidden(), "hidden");
        positive(t, P.getTransformer_Heads(), t.getHeads(), "heads");
        positive(t, P.getTransformer_Ffn(), t.getFfn(), "ffn");
        positive(t, P.getTransformer_Vocabulary(), t.getVocabulary(), "vocabulary");
        positive(t, P.getTransformer_Context(), t.getContext(), "context");
        if (t.isSetKvHeads()) positive(t, P.getTransformer_KvHeads(), t.getKvHeads(), "kv heads");
    }

    @Check
    public void checkHeadsDivide(Transformer t) {
        if (t.getHeads() < 1 || t.getHidden() < 1) return;
        if (t.getHidden() % t.getHeads() != 0) {
            error("hidden " + t.getHidden() + " is not a multiple of heads " + t.getHeads() + ": each head is hidden / heads "
                    + "wide; choose heads dividing " + t.getHidden(), t, P.getTransformer_Heads(), IssueCodes.HEADS_NOT_DIVIDING);
            return;
        }
        if (t.isSetKvHeads() && t.getKvHeads() >= 1 && t.getHeads() % t.getKvHeads() != 0)
            error("heads " + t.getHeads() + " is not a multiple of kv heads " + t.getKvHeads() + ": each KV head serves an "
                    + "equal group of query heads; choose kv heads dividing " + t.getHeads(), t, P.getTransformer_KvHeads(),
                    IssueCodes.HEADS_NOT_DIVIDING);
    }

    @Check
    public void checkLengthsGiven(LlmServing s) {
        boolean parametric = s.getPromptMin() > 0 || s.getOutputMin() > 0;
        boolean trace = s.getLengthsTrace() != null;
        if (trace && parametric)
            error("give the request lengths once: either 'prompt' and 'output' or a 'lengths' trace, not both", s,
                    P.getLlmServing_LengthsTrace(), IssueCodes.LLM_LENGTHS_MISSING);
        else if (!trace && (s.getPromptMin() < 1 || s.getOutputMin() < 1))
            error("llm serving " + s.getName() + " needs request lengths: add 'prompt 128 output 64' (or ranges such as "
                    + "'prompt 64 to 512'), or 'lengths \"file.csv\"'", s, P.getElement_Name(), IssueCodes.LLM_LENGTHS_MISSING);
    }

    @Check
    public void checkLengthRanges(LlmServing s) {
        if (s.isSetPromptMax() && s.getPromptMax() < s.getPromptMin())
            error("the prompt range ends (" + s.getPromptMax() + ") below its start (" + s.getPromptMin() + "); write "
                    + "'prompt " + s.getPromptMax() + " to " + s.getPromptMin() + "'", s, P.getLlmServing_PromptMax(),
                    IssueCodes.LENGTH_RANGE_ORDER);
        if (s.isSetOutputMax() && s.getOutputMax() < s.getOutputMin())
            error("the output range ends (" + s.getOutputMax() + ") below its start (" + s.getOutputMin() + "); write "
                    + "'output " + s.getOutputMax() + " to " + s.getOutputMin() + "'", s, P.getLlmServing_OutputMax(),
                    IssueCodes.LENGTH_RANGE_ORDER);
    }

    @Check
    public void checkServingLimits(LlmServing s) {
        if (s.isSetTokenBudget()) positive(s, P.getLlmServing_TokenBudget(), s.getTokenBudget(), "budget");
        positive(s, P.getLlmServing_MaxBatch(), s.getMaxBatch(), "max batch");
        positive(s, P.getLlmServing_BlockTokens(), s.getBlockTokens(), "block");
        if (s.getFineTune() != null) {
            positive(s, P.getLlmServing_FineTuneSequence(), s.getFineTuneSequence(), "fine-tune sequence");
            positive(s, P.getLlmServing_FineTuneBatch(), s.getFineTuneBatch(), "fine-tune batch");
        }
        if (!(s.getSloPercentile() > 0 && s.getSloPercentile() <= 100))
            error("the SLO percentile must be above 0 and at most 100, e.g. 'at percentile 99'", s,
                    P.getLlmServing_SloPercentile(), IssueCodes.OUT_OF_RANGE);
    }

    private void positive(org.eclipse.emf.ecore.EObject o, EAttribute a, int value, String what) {
        if (value < 1) error(what + " must be at least 1, was " + value, o, a, IssueCodes.NON_POSITIVE);
    }
}
