package org.coltrain.dsl.validation;

import java.util.List;

import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.ElasticStage;
import org.coltrain.model.SubNet;
import org.coltrain.model.SuperNet;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.TargetPhase;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** SuperNets, their SubNets and the serving of a query stream (SUSHI). */
public class SuperNetValidator extends AbstractDeclarativeValidator {

    private static final ColtrainPackage P = ColtrainPackage.eINSTANCE;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkStageChoices(ElasticStage stage) {
        ascending(stage, P.getElasticStage_Depths(), "depths", false);
        ascending(stage, P.getElasticStage_ExpandRatios(), "expand ratios", false);
        ascending(stage, P.getElasticStage_Kernels(), "kernels", true);
    }

    private void ascending(ElasticStage stage, EAttribute attribute, String what, boolean odd) {
        List<?> values = (List<?>) stage.eGet(attribute);
        for (int i = 0; i < values.size(); i++) {
            double v = ((Number) values.get(i)).doubleValue();
            double before = i == 0 ? 0 : ((Number) values.get(i - 1)).doubleValue();
            if (v <= before) {
                error("the " + what + " of stage " + stage.getName() + " must be positive and strictly ascending, e.g. "
                        + (odd ? "'3, 5, 7'" : "'2, 3, 4'"), stage, attribute, i, IssueCodes.ELASTIC_CHOICES_ORDER);
                return;
            }
            if (odd && ((int) v) % 2 == 0) {
                error("kernel " + (int) v + " of stage " + stage.getName() + " is even; elastic kernels are centred, "
                        + "so use odd sizes such as 3, 5, 7", stage, attribute, i, IssueCodes.ELASTIC_CHOICES_ORDER);
                return;
            }
        }
    }

    @Check
    public void checkSubNetChoices(SubNet subNet) {
        if (!(subNet.eContainer() instanceof SuperNet net)) return;
        List<ElasticStage> stages = net.getStages();
        choices(subNet, stages, P.getSubNet_Depths(), "depth", P.getElasticStage_Depths());
        choices(subNet, stages, P.getSubNet_ExpandRatios(), "expand ratio", P.getElasticStage_ExpandRatios());
        choices(subNet, stages, P.getSubNet_Kernels(), "kernel", P.getElasticStage_Kernels());
    }

    private void choices(SubNet subNet, List<ElasticStage> stages, EAttribute attribute, String what,
            EAttribute stageAttribute) {
        List<?> values = (List<?>) subNet.eGet(attribute);
        if (values.size() != stages.size()) {
            error("SubNet " + subNet.getName() + " gives " + values.size() + " " + what + " value(s) for "
                    + stages.size() + " stages; give one per stage, in stage order", subNet, attribute,
                    IssueCodes.SUBNET_CHOICE_UNKNOWN);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            List<?> allowed = (List<?>) stages.get(i).eGet(stageAttribute);
            if (!allowed.contains(values.get(i))) {
                error(what + " " + format(values.get(i)) + " is not a choice of stage " + stages.get(i).getName()
                        + "; use one of " + allowed.stream().map(SuperNetValidator::format).toList(), subNet,
                        attribute, i, IssueCodes.SUBNET_CHOICE_UNKNOWN);
                return;
            }
        }
    }

    @Check
    public void checkAccuracy(SubNet subNet) {
        fraction(subNet, P.getSubNet_Accuracy(), subNet.isSetAccuracy(), subNet.getAccuracy());
    }

    @Check
    public void checkTargetPhase(TargetPhase phase) {
        fraction(phase, P.getTargetPhase_MinAccuracy(), phase.isSetMinAccuracy(), phase.getMinAccuracy());
        if (phase.isSetMaxLatencyS() && phase.isSetMinLatencyS() && phase.getMaxLatencyS() < phase.getMinLatencyS())
            error("the latency target range is empty: 'to' (" + Quantities.formatNumber(phase.getMaxLatencyS())
                    + " s) is below the lower bound (" + Quantities.formatNumber(phase.getMinLatencyS())
                    + " s); swap them", phase, P.getTargetPhase_MaxLatencyS(), IssueCodes.TARGET_RANGE_EMPTY);
        positive(phase, P.getTargetPhase_MinLatencyS());
        positive(phase, P.getTargetPhase_DurationS());
    }

    private void fraction(EObject owner, EAttribute attribute, boolean set, double value) {
        if (set && !(value > 0 && value <= 1))
            error("an accuracy is a share between 0 and 100 %, written with '%' (e.g. '76.5 %'); "
                    + Quantities.formatNumber(value) + " is outside", owner, attribute, IssueCodes.ACCURACY_RANGE);
    }

    /** The head is an ordinary network with its own input: it must take what the last stage gives. */
    @Check
    public void checkHeadInput(SuperNet net) {
        if (net.getHead() == null || net.getHead().eIsProxy() || net.getHead().getInput() == null
                || net.getStages().isEmpty())
            return;
        ElasticStage last = net.getStages().get(net.getStages().size() - 1);
        int in = net.getHead().getInput().getChannels();
        if (last.isSetOutChannels() && in != last.getOutChannels())
            error("head " + net.getHead().getName() + " takes " + in + " input channels but stage " + last.getName()
                    + " gives " + last.getOutChannels() + "; make them equal", net, P.getSuperNet_Head(),
                    IssueCodes.CHANNEL_MISMATCH);
    }

    @Check
    public void checkStage(ElasticStage stage) {
        positive(stage, P.getElasticStage_OutChannels());
        positive(stage, P.getElasticStage_Stride());
    }

    @Check
    public void checkServing(SuperNetServing s) {
        positive(s, P.getSuperNetServing_Window());
        positive(s, P.getSuperNetServing_UpdateEvery());
        positive(s, P.getSuperNetServing_DurationS());
        if (s.isSetCacheBytes() && s.getCacheBytes() < 0)
            error("the weight cache cannot be negative; give 0 B for none", s, P.getSuperNetServing_CacheBytes(),
                    IssueCodes.NON_POSITIVE);
        if (s.isSetWarmupS() && s.isSetDurationS() && s.getWarmupS() >= s.getDurationS())
            error("warm-up (" + Quantities.formatNumber(s.getWarmupS()) + " s) must be shorter than the duration ("
                    + Quantities.formatNumber(s.getDurationS()) + " s); nothing would be measured", s,
                    P.getSuperNetServing_WarmupS(), IssueCodes.WARMUP_NOT_BELOW_DURATION);
        if (s.getStaticSubNet() != null && !s.getStaticSubNet().eIsProxy() && s.getSuperNet() != null
                && s.getStaticSubNet().eContainer() != s.getSuperNet())
            error("static SubNet " + s.getStaticSubNet().getName() + " is not a SubNet of supernet "
                    + s.getSuperNet().getName() + "; name one of its SubNets", s, P.getSuperNetServing_StaticSubNet(),
                    IssueCodes.SUBNET_CHOICE_UNKNOWN);
    }

    private void positive(EObject owner, EAttribute attribute) {
        if (!owner.eIsSet(attribute) && attribute.isUnsettable()) return;
        if (((Number) owner.eGet(attribute)).doubleValue() <= 0)
            error("'" + attribute.getName() + "' must be positive; give a value above zero", owner, attribute,
                    IssueCodes.NON_POSITIVE);
    }

    private static String format(Object value) {
        return value instanceof Double d ? Quantities.formatNumber(d) : String.valueOf(value);
    }
}
