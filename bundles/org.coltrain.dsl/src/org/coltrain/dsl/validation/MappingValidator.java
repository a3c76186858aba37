package org.coltrain.dsl.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.ModelToMapping;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.GivenSensitivity;
import org.coltrain.model.ImcArray;
import org.coltrain.model.IntWeights;
import org.coltrain.model.LayerMapping;
import org.coltrain.model.PeArray;
import org.coltrain.model.SensitivitySource;
import org.coltrain.model.Soc;
import org.coltrain.model.SocArray;
import org.coltrain.model.TernaryWeights;
import org.coltrain.model.TrainedSensitivity;
import org.coltrain.sim.mapping.ConvShape;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** SoCs of two arrays and the channel mappings of networks onto them (ODiMO). */
public class MappingValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkTwoArrays(Soc soc) {
        if (soc.getArrays().size() != 2)
            error("soc '" + soc.getName() + "' has " + soc.getArrays().size() + " arrays; the split cost and power "
                    + "models are for exactly two (e.g. one 'digital' and one 'analog')", soc,
                    ColtrainPackage.Literals.ELEMENT__NAME, IssueCodes.SOC_ARRAY_COUNT);
    }

    @Check
    public void checkArraySizes(SocArray array) {
        positive(array, ColtrainPackage.Literals.SOC_ARRAY__CLOCK_HZ, array.getClockHz());
        notNegative(array, ColtrainPackage.Literals.SOC_ARRAY__POWER_W, array.getPowerW());
        if (array instanceof PeArray pe) {
            positive(pe, ColtrainPackage.Literals.PE_ARRAY__CHANNEL_LANES, pe.getChannelLanes());
            positive(pe, ColtrainPackage.Literals.PE_ARRAY__COLUMN_LANES, pe.getColumnLanes());
            positive(pe, ColtrainPackage.Literals.PE_ARRAY__ACTIVATION_BYTES_PER_CYCLE, pe.getActivationBytesPerCycle());
        } else if (array instanceof ImcArray imc) {
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__ROWS, imc.getRows());
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__COLS, imc.getCols());
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__STEP_S, imc.getStepS());
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__INPUT_CHANNELS_PER_STEP, imc.getInputChannelsPerStep());
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__MAX_UNROLL, imc.getMaxUnroll());
            positive(imc, ColtrainPackage.Literals.IMC_ARRAY__MIN_ROW_CHANNELS, imc.getMinRowChannels());
            notNegative(imc, ColtrainPackage.Literals.IMC_ARRAY__WEIGHT_LOAD_CYCLES_PER_ROW, imc.getWeightLoadCyclesPerRow());
        }
    }

    @Check
    public void checkBothPower(Soc soc) {
        notNegative(soc, ColtrainPackage.Literals.SOC__BOTH_POWER_W, soc.getBothPowerW());
    }

    @Check
    public void checkIntWeights(IntWeights weights) {
        if (weights.getBits() < 2 || weights.getBits() > 24)
            error("integer weights need 2 to 24 bits, not " + weights.getBits() + " (DIANA's digital array: 'int 8')",
                    weights, ColtrainPackage.Literals.INT_WEIGHTS__BITS, IssueCodes.INT_WEIGHTS_RANGE, "8");
    }

    @Check
    public void checkTernaryThreshold(TernaryWeights weights) {
        notNegative(weights, ColtrainPackage.Literals.TERNARY_WEIGHTS__THRESHOLD_FACTOR, weights.getThresholdFactor());
    }

    @Check
    public void checkNoiseSource(SensitivitySource source) {
        if (source instanceof GivenSensitivity given) {
            notNegative(given, ColtrainPackage.Literals.GIVEN_SENSITIVITY__FIRST_NSR, given.getFirstNsr());
            notNegative(given, ColtrainPackage.Literals.GIVEN_SENSITIVITY__SECOND_NSR, given.getSecondNsr());
        } else if (source instanceof TrainedSensitivity trained) {
            positive(trained, ColtrainPackage.Literals.TRAINED_SENSITIVITY__EPOCHS, trained.getEpochs());
        }
    }

    @Check
    public void checkBudget(ChannelMapping mapping) {
        double b = mapping.getBudget();
        if (b < 0 || b > 1)
            error("the budget is a fraction of the accuracy-drop proxy between the most accurate (0) and the least "
                    + "accurate (1) mapping; use a value from 0 to 1 or 0 % to 100 %, not " + Quantities.formatNumber(b),
                    mapping, ColtrainPackage.Literals.CHANNEL_MAPPING__BUDGET, IssueCodes.MAPPING_BUDGET_RANGE, "25 %");
        positive(mapping, ColtrainPackage.Literals.CHANNEL_MAPPING__RESOLUTION, mapping.getResolution());
    }

    @Check
    public void checkLayers(ChannelMapping mapping) {
        if (mapping.getNetwork() == null || mapping.getNetwork().eIsProxy()) return;
        List<ConvShape> layers;
        try {
            layers = ModelToMapping.splittableLayers(ModelToSim.network(mapping.getNetwork()));
        } catch (RuntimeException incomplete) {
            return; // the network's own checks say what is missing
        }
        if (layers.isEmpty()) {
            error("network '" + mapping.getNetwork().getName() + "' has no convolution or dense layer to split; map a "
                    + "network with one", mapping, ColtrainPackage.Literals.CHANNEL_MAPPING__NETWORK,
                    IssueCodes.MAPPING_NOTHING_TO_SPLIT);
            return;
        }
        Map<String, ConvShape> byName = new HashMap<>();
        for (ConvShape s : layers) byName.put(s.name(), s);
        for (LayerMapping l : mapping.getLayers()) {
            ConvShape shape = byName.get(l.getLayer());
            if (shape == null) {
                error("'" + l.getLayer() + "' is not a convolution or dense layer of network '"
                        + mapping.getNetwork().getName() + "'; splittable layers: " + String.join(", ", byName.keySet().stream().sorted().toList()),
                        l, ColtrainPackage.Literals.LAYER_MAPPING__LAYER, IssueCodes.MAPPING_LAYER_UNKNOWN);
                continue;
            }
            if (l.isSetSecondChannels() && (l.getSecondChannels() < 0 || l.getSecondChannels() > shape.outChannels()))
                error("layer '" + l.getLayer() + "' has " + shape.outChannels() + " output channels; split between 0 and "
                        + shape.outChannels() + " of them onto the second array", l,
                        ColtrainPackage.Literals.LAYER_MAPPING__SECOND_CHANNELS, IssueCodes.MAPPING_SPLIT_RANGE,
                        Integer.toString(shape.outChannels()));
            if (l.isSetFactor()) notNegative(l, ColtrainPackage.Literals.LAYER_MAPPING__FACTOR, l.getFactor());
        }
    }

    private void positive(EObject o, EAttribute a, double value) {
        if (o.eIsSet(a) && !(value > 0))
            error("'" + a.getName() + "' must be greater than 0", o, a, IssueCodes.NON_POSITIVE);
    }

    private void notNegative(EObject o, EAttribute a, double value) {
        if (value < 0) error("'" + a.getName() + "' must not be negative", o, a, IssueCodes.NON_POSITIVE);
    }
}
