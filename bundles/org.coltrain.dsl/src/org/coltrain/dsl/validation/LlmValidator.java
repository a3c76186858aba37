package org.coltrain.dsl.validation;

import java.util.Locale;

import org.coltrain.bridge.ModelToLlm;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.LlmCoLocation;
import org.coltrain.model.LlmServing;
import org.coltrain.model.Transformer;
import org.coltrain.sim.llm.FineTuningJob;
import org.coltrain.sim.llm.MemoryBudget;
import org.coltrain.sim.llm.TransformerShape;
import org.coltrain.sim.spec.AcceleratorSpec;
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

    @Check
    public void checkTimesPositive(LlmServing s) {
        if (s.isSetTtftSloS() && !(s.getTtftSloS() > 0))
            error("the TTFT SLO must be positive, e.g. 'ttft 1 s'", s, P.getLlmServing_TtftSloS(), IssueCodes.NON_POSITIVE);
        if (s.isSetTpotSloS() && !(s.getTpotSloS() > 0))
            error("the TPOT SLO must be positive, e.g. 'tpot 100 ms'", s, P.getLlmServing_TpotSloS(), IssueCodes.NON_POSITIVE);
        if (s.isSetDurationS() && !(s.getDurationS() > 0))
            error("duration must be positive, e.g. 'duration 60 s'", s, P.getLlmServing_DurationS(), IssueCodes.NON_POSITIVE);
    }

    /**
     * Co-location settings: a tolerance belongs to 'co-location overlapped' and lies in [0, 100%]; a switch cost is
     * zero or more; both, and overlapping, need a fine-tuning job to share the accelerator with.
     */
    @Check
    public void checkCoLocation(LlmServing s) {
        boolean overlapped = s.getCoLocation() == LlmCoLocation.OVERLAPPED;
        if (s.isSetOverlapTolerance() && !overlapped)
            error("a tolerance applies to 'co-location overlapped' only (temporal co-location packs nothing beside an "
                    + "iteration); write 'co-location overlapped tolerance 1 %' or remove the tolerance", s,
                    P.getLlmServing_OverlapTolerance(), IssueCodes.CO_LOCATION_SETTING);
        else if (s.isSetOverlapTolerance() && !(s.getOverlapTolerance() >= 0 && s.getOverlapTolerance() <= 1))
            error("the overlap tolerance is how much longer an iteration may take with training beside it: between 0 "
                    + "and 100 %, e.g. 'tolerance 1 %'", s, P.getLlmServing_OverlapTolerance(), IssueCodes.OUT_OF_RANGE);
        if (s.isSetSwitchCostS() && !(s.getSwitchCostS() >= 0))
            error("the switch cost must be zero or more, e.g. 'switch cost 2 us'", s, P.getLlmServing_SwitchCostS(),
                    IssueCodes.OUT_OF_RANGE);
        if (s.getFineTune() == null && (overlapped || s.isSetSwitchCostS()))
            error("llm serving " + s.getName() + " has no fine-tuning job to share the accelerator with, so '"
                    + (overlapped ? "co-location overlapped" : "switch cost") + "' has no effect: add 'fine-tune NAME' or "
                    + "remove it", s, overlapped ? P.getLlmServing_CoLocation() : P.getLlmServing_SwitchCostS(),
                    IssueCodes.CO_LOCATION_SETTING);
    }

    /** The served weights and the fine-tuning job must fit the accelerator's DRAM (the KV cache takes the rest). */
    @Check
    public void checkWeightsFitDram(LlmServing s) {
        if (s.getAccelerator() == null || s.getModel() == null || s.getAccelerator().eIsProxy() || s.getModel().eIsProxy()) return;
        AcceleratorSpec acc;
        TransformerShape shape;
        long jobBytes;
        try {
            acc = ModelToSim.accelerator(s.getAccelerator());
            shape = ModelToLlm.shape(s.getModel());
            jobBytes = s.getFineTune() == null || s.getFineTune().eIsProxy() || s.getFineTuneSequence() < 1 || s.getFineTuneBatch() < 1 ? 0
                    : new FineTuningJob(s.getFineTune().getName(), ModelToLlm.shape(s.getFineTune()), s.getFineTuneSequence(),
                            s.getFineTuneBatch()).footprintBytes(acc);
        } catch (RuntimeException incomplete) {
            return; // other checks report what is missing or invalid
        }
        double bytesPerWeight = acc.inferenceEncoding().storageBitsPerElement() / 8;
        long weights = (long) Math.ceil(shape.parameters() * bytesPerWeight);
        if (weights + jobBytes > acc.dramCapacityBytes())
            error(String.format(Locale.ROOT, "the weights of %s (%.2f GB in %s)%s exceed the %.2f GB of DRAM of %s; use more"
                    + " capacity, a narrower inference encoding, a smaller model or no fine-tuning job", shape.name(), weights / 1e9,
                    acc.inferenceEncoding().shortName(), jobBytes == 0 ? "" : String.format(Locale.ROOT,
                            " and the fine-tuning job (%.2f GB)", jobBytes / 1e9), acc.dramCapacityBytes() / 1e9, acc.name()),
                    s, P.getLlmServing_Accelerator(), IssueCodes.WEIGHTS_EXCEED_DRAM);
    }

    private void positive(org.eclipse.emf.ecore.EObject o, EAttribute a, int value, String what) {
        if (value < 1) error(what + " must be at least 1, was " + value, o, a, IssueCodes.NON_POSITIVE);
    }
}
