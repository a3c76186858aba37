package org.coltrain.dsl.ide.hover;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.dsl.units.Dimension;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.Accelerator;
import org.coltrain.model.Experiment;
import org.coltrain.model.Network;
import org.coltrain.model.Service;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * What the editor's hover says: a quantity converted to SI, or for an accelerator (its declaration or a reference
 * to it) its peak throughput and the batch-1 latency of each network an experiment runs on it. The numbers come
 * from the bridge and the simulator core; this class only words them.
 */
public final class ColtrainHoverText {

    private ColtrainHoverText() {
    }

    /** The hover text at {@code offset}; empty where there is nothing to say. */
    public static Optional<String> at(XtextResource resource, int offset) {
        if (resource.getParseResult() == null) return Optional.empty();
        ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        for (INode n = leaf; n != null; n = n.getParent())
            if (n.getGrammarElement() instanceof RuleCall call && ruleNamed(call.getRule(), "Quantity"))
                return quantity(NodeModelUtils.getTokenText(n));
        EObject element = new EObjectAtOffsetHelper().resolveElementAt(resource, offset);
        if (element instanceof Accelerator acc) return Optional.of(accelerator(acc));
        return Optional.empty();
    }

    static Optional<String> quantity(String text) {
        Optional<Quantities.Literal> literal = Quantities.parse(text);
        if (literal.isEmpty() || literal.get().unit().isEmpty()) return Optional.empty();
        var unit = literal.get().unit().get();
        double si = unit.toSi(literal.get().number());
        return Optional.of(text.strip() + " = " + Quantities.formatNumber(si) + (siSymbol(unit.dimension()).isEmpty() ? "" : " " + siSymbol(unit.dimension()))
                + " (SI, as the model stores it; " + unit.dimension().name().toLowerCase(Locale.ROOT) + ")");
    }

    static String accelerator(Accelerator acc) {
        AcceleratorSpec spec;
        try {
            spec = ModelToSim.accelerator(acc);
        } catch (RuntimeException e) {
            return "accelerator " + acc.getName() + ": fix its errors to see its peak throughput";
        }
        // A multiply-accumulate is two operations (a multiply and an add), as peak-throughput figures count them.
        double peakOpsPerS = 2 * spec.peakMacsPerS();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "accelerator %s: peak %.3g ops/s (%.3g MAC/s)",
                acc.getName(), peakOpsPerS, spec.peakMacsPerS()));
        Set<Network> networks = networksRunOn(acc);
        if (networks.isEmpty()) b.append("\nno experiment in this file or its imports runs a network on it");
        for (Network network : networks) {
            try {
                double latencyNs = NetworkTiming.of(spec, ModelToSim.network(network), 1).latencyNs();
                b.append(String.format(Locale.ROOT, "\n%s at batch 1: %.1f us", network.getName(), latencyNs / 1e3));
            } catch (RuntimeException e) {
                b.append("\n").append(network.getName()).append(": fix its errors to see its latency");
            }
        }
        return b.toString();
    }

    /** Networks of the services of every experiment (in any loaded file) that runs on {@code acc}. */
    private static Set<Network> networksRunOn(Accelerator acc) {
        Set<Network> networks = new LinkedHashSet<>();
        if (acc.eResource() == null || acc.eResource().getResourceSet() == null) return networks;
        for (Resource r : acc.eResource().getResourceSet().getResources())
            for (var it = r.getAllContents(); it.hasNext();)
                if (it.next() instanceof Experiment e && e.getAccelerator() == acc && e.getWorkload() != null)
                    for (Service s : e.getWorkload().getServices())
                        if (s.getNetwork() != null && !s.getNetwork().eIsProxy()) networks.add(s.getNetwork());
        return networks;
    }

    private static boolean ruleNamed(AbstractRule rule, String name) {
        return rule != null && name.equals(rule.getName());
    }

    /** The SI unit each dimension is stored in (the factors of org.coltrain.dsl.units.Unit are relative to these). */
    private static String siSymbol(Dimension d) {
        return switch (d) {
            case TIME -> "s";
            case FREQUENCY -> "Hz";
            case RATE -> "/s";
            case DATA -> "B";
            case BANDWIDTH -> "B/s";
            case AREA -> "m2";
            case POWER -> "W";
            case ENERGY -> "J";
            case DIMENSIONLESS -> "";
        };
    }
}
