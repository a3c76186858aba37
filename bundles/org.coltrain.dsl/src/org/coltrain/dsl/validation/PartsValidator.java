package org.coltrain.dsl.validation;

import java.util.List;

import org.coltrain.dsl.parser.GrammarWords;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * A part that an element has once (an accelerator's dram, its inference encoding, a cluster's interconnect) but that
 * the text gives twice. The parser would keep the last one and drop the first without a word; every such part of
 * every element is checked, found from the text of the model rather than from a list of parts.
 */
public class PartsValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkSinglePartsGivenOnce(EObject object) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isMany() || feature.isDerived() || feature.isTransient()) continue;
            List<INode> nodes = NodeModelUtils.findNodesForFeature(object, feature);
            if (nodes.size() < 2) continue;
            INode second = nodes.get(1);
            String part = second.getGrammarElement() instanceof AbstractElement e && GrammarUtil.containingAssignment(e) != null
                    ? GrammarWords.lead(GrammarUtil.containingAssignment(e)) : "'" + feature.getName() + "'";
            String element = GrammarWords.element(NodeModelUtils.getNode(object));
            getMessageAcceptor().acceptError((element == null ? "this element" : element) + " gives " + part + " "
                    + (nodes.size() == 2 ? "twice" : nodes.size() + " times") + "; keep one: only the last would count",
                    object, second.getOffset(), second.getLength(), IssueCodes.GIVEN_TWICE);
        }
    }
}
