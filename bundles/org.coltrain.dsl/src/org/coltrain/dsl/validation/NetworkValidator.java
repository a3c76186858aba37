package org.coltrain.dsl.validation;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.coltrain.bridge.Shape;
import org.coltrain.bridge.ShapeInference;
import org.coltrain.bridge.ShapeInference.LayerShapes;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Conv2d;
import org.coltrain.model.Eltwise;
import org.coltrain.model.Layer;
import org.coltrain.model.Network;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Layers whose shapes do not chain, and references between layers. */
public class NetworkValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkLayerNamesUnique(Network network) {
        Set<String> names = new HashSet<>();
        for (Layer layer : network.getLayers())
            if (layer.getName() != null && !names.add(layer.getName()))
                error("layer '" + layer.getName() + "' is defined twice in network '" + network.getName() + "'; rename one",
                        layer, ColtrainPackage.Literals.LAYER__NAME, IssueCodes.DUPLICATE_NAME);
    }

    @Check
    public void checkFromIsEarlier(Network network) {
        Set<Layer> earlier = new HashSet<>();
        for (Layer layer : network.getLayers()) {
            Layer from = layer.getFrom();
            if (from != null && !from.eIsProxy() && !earlier.contains(from))
                error("'from " + from.getName() + "' must name an earlier layer of network '" + network.getName() + "'",
                        layer, ColtrainPackage.Literals.LAYER__FROM, IssueCodes.FROM_NOT_EARLIER);
            if (layer instanceof Eltwise e)
                for (int i = 0; i < e.getOperands().size(); i++) {
                    Layer operand = e.getOperands().get(i);
                    if (!operand.eIsProxy() && !earlier.contains(operand))
                        error("operand '" + operand.getName() + "' must be an earlier layer of network '" + network.getName() + "'",
                                e, ColtrainPackage.Literals.ELTWISE__OPERANDS, i, IssueCodes.FROM_NOT_EARLIER);
                }
            earlier.add(layer);
        }
    }

    @Check
    public void checkShapes(Network network) {
        Map<Layer, LayerShapes> shapes = ShapeInference.infer(network);
        for (Layer layer : network.getLayers()) {
            LayerShapes s = shapes.get(layer);
            if (s.input() == null) continue;
            checkDeclaredInput(layer, s.input());
            if (layer instanceof Conv2d conv) checkGroups(conv, s.input());
            if (layer instanceof Eltwise e) checkOperands(e, s.input(), shapes);
            if (s.output() == null && !(layer instanceof Conv2d conv && badGroups(conv, s.input())))
                error("layer '" + layer.getName() + "' produces an empty output from input " + s.input()
                        + "; make the kernel smaller than the input or add padding", layer,
                        ColtrainPackage.Literals.LAYER__NAME, IssueCodes.EMPTY_OUTPUT);
        }
    }

    private void checkDeclaredInput(Layer layer, Shape input) {
        if (!layer.isSetInChannels()) return;
        long inferred = layer instanceof Conv2d ? input.channels() : input.denseInFeatures();
        if (layer.getInChannels() != inferred)
            error("layer '" + layer.getName() + "' declares 'in " + layer.getInChannels() + "' but its input has "
                    + inferred + " channels/features (" + input + "); change it to 'in " + inferred + "' or fix the previous layer",
                    layer, ColtrainPackage.Literals.LAYER__IN_CHANNELS, IssueCodes.CHANNEL_MISMATCH, Long.toString(inferred));
    }

    private void checkGroups(Conv2d conv, Shape input) {
        if (badGroups(conv, input))
            error("groups " + ShapeInference.groups(conv, input) + " must divide both the " + input.channels()
                    + " input and the " + conv.getOutChannels() + " output channels of '" + conv.getName() + "'",
                    conv, conv.isDepthwise() ? ColtrainPackage.Literals.CONV2D__DEPTHWISE : ColtrainPackage.Literals.CONV2D__GROUPS,
                    IssueCodes.GROUPS_NOT_DIVIDING);
    }

    private static boolean badGroups(Conv2d conv, Shape input) {
        int groups = ShapeInference.groups(conv, input);
        return groups <= 0 || input.channels() % groups != 0 || conv.getOutChannels() % groups != 0;
    }

    private void checkOperands(Eltwise e, Shape input, Map<Layer, LayerShapes> shapes) {
        for (int i = 0; i < e.getOperands().size(); i++) {
            LayerShapes operand = shapes.get(e.getOperands().get(i));
            if (operand != null && operand.output() != null && operand.output().elements() != input.elements())
                error("operand '" + e.getOperands().get(i).getName() + "' has shape " + operand.output() + " but '"
                        + e.getName() + "' works on " + input + "; element-wise operands must match", e,
                        ColtrainPackage.Literals.ELTWISE__OPERANDS, i, IssueCodes.OPERAND_SHAPE_MISMATCH);
        }
    }
}
