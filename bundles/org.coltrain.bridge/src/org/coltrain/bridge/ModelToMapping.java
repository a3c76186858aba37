package org.coltrain.bridge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.results.MappingResults;
import org.coltrain.model.ChannelMapping;
import org.coltrain.model.Encoding;
import org.coltrain.model.GivenSensitivity;
import org.coltrain.model.ImcArray;
import org.coltrain.model.IntWeights;
import org.coltrain.model.LayerMapping;
import org.coltrain.model.MappingObjective;
import org.coltrain.model.PeArray;
import org.coltrain.model.Soc;
import org.coltrain.model.SocArray;
import org.coltrain.model.TernaryWeights;
import org.coltrain.model.TrainedSensitivity;
import org.coltrain.sim.mapping.AccuracyProxy;
import org.coltrain.sim.mapping.AnalogImcArray;
import org.coltrain.sim.mapping.BaselineComparison;
import org.coltrain.sim.mapping.ConvShape;
import org.coltrain.sim.mapping.DigitalArray;
import org.coltrain.sim.mapping.EncodingQuantizer;
import org.coltrain.sim.mapping.IntQuantizer;
import org.coltrain.sim.mapping.LayerWeightEnergy;
import org.coltrain.sim.mapping.Mapping;
import org.coltrain.sim.mapping.MappingAccelerator;
import org.coltrain.sim.mapping.MappingProblem;
import org.coltrain.sim.mapping.MappingStudy;
import org.coltrain.sim.mapping.Objective;
import org.coltrain.sim.mapping.PowerModel;
import org.coltrain.sim.mapping.SplitSystem;
import org.coltrain.sim.mapping.TernaryQuantizer;
import org.coltrain.sim.mapping.TrainedDigitsNetwork;
import org.coltrain.sim.mapping.WeightQuantizer;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;

/** Turns a {@code soc} and a {@code mapping} of the model into the mapping core's inputs (SI to the core's units here). */
public final class ModelToMapping {

    /** Seed of stochastic rounding when a numerics encoding stores weights (only stochastic specs draw from it). */
    private static final long ENCODING_SEED = 1;

    private ModelToMapping() {
    }

    /** The SoC as a two-array system; the validator has checked that it has exactly two arrays. */
    public static SplitSystem system(Soc soc) {
        if (soc.getArrays().size() != 2)
            throw new IllegalArgumentException("soc " + soc.getName() + " needs exactly two arrays");
        SocArray first = soc.getArrays().get(0), second = soc.getArrays().get(1);
        // The DSL stores watts; the core's power model takes milliwatts.
        return new SplitSystem(soc.getName(), accelerator(first), accelerator(second),
                new PowerModel(first.getPowerW() * 1e3, second.getPowerW() * 1e3, soc.getBothPowerW() * 1e3));
    }

    static MappingAccelerator accelerator(SocArray array) {
        WeightQuantizer weights = quantizer(array.getWeights());
        return switch (array) {
            case PeArray pe -> new DigitalArray(pe.getName(), pe.getChannelLanes(), pe.getColumnLanes(), pe.getClockHz(),
                    pe.getActivationBytesPerCycle(), weights);
            case ImcArray imc -> new AnalogImcArray(imc.getName(), imc.getRows(), imc.getCols(),
                    imc.getInputChannelsPerStep(), imc.getMinRowChannels(), imc.getMaxUnroll(), imc.getStepS() * 1e9,
                    imc.getClockHz(), imc.getWeightLoadCyclesPerRow(), weights);
            default -> throw new IllegalArgumentException("unknown array kind " + array.eClass().getName());
        };
    }

    public static WeightQuantizer quantizer(Encoding encoding) {
        return switch (encoding) {
            case IntWeights i -> new IntQuantizer(i.getBits());
            case TernaryWeights t -> new TernaryQuantizer(t.getThresholdFactor());
            default -> new EncodingQuantizer(Encodings.of(ModelToSim.encoding(encoding)), ENCODING_SEED);
        };
    }

    /** The layers the arrays can share (convolutions without groups, dense layers), in network order. */
    public static List<ConvShape> splittableLayers(NetworkSpec network) {
        List<ConvShape> out = new ArrayList<>();
        for (LayerSpec layer : network.layers()) {
            ConvShape shape = ConvShape.of(layer);
            if (shape != null) out.add(shape);
        }
        return out;
    }

    public static Objective objective(MappingObjective objective) {
        return objective == MappingObjective.LATENCY ? Objective.LATENCY : Objective.ENERGY;
    }

    /**
     * A mapping study and, when the network has the shapes of the numerics harness's digits CNN and the noise is
     * {@code trained}, the test accuracy of each of its mappings with the weights stored as mapped (else empty).
     */
    public record Run(MappingStudy study, Map<String, Double> testAccuracy) {
    }

    /**
     * The problem: the network's splittable layers on the SoC, each layer's proxy from the mapping's noise source
     * times its factor (the calibrated first- and last-layer factors, 1 elsewhere, unless the model gives a
     * sensitivity). Trained noise is measured on the harness CNN (trained once per call, a few seconds): per channel
     * when the network is that CNN, else its network-wide noise given to every weight alike, each layer holding the
     * calibrated share of the weight energy ({@link LayerWeightEnergy}).
     */
    public static MappingProblem problem(ChannelMapping mapping) {
        return problem(mapping, trainedNetwork(mapping));
    }

    private static TrainedDigitsNetwork trainedNetwork(ChannelMapping mapping) {
        return mapping.getSensitivity() instanceof TrainedSensitivity t
                ? TrainedDigitsNetwork.train(t.getSeed(), t.getEpochs()) : null;
    }

    private static MappingProblem problem(ChannelMapping mapping, TrainedDigitsNetwork net) {
        SplitSystem system = system(mapping.getSoc());
        List<ConvShape> layers = splittableLayers(ModelToSim.network(mapping.getNetwork()));
        Map<String, Double> given = new HashMap<>();
        for (LayerMapping l : mapping.getLayers()) if (l.isSetFactor()) given.put(l.getLayer(), l.getFactor());
        double[] factors = AccuracyProxy.calibratedFactors(layers.size());
        for (int i = 0; i < factors.length; i++) factors[i] = given.getOrDefault(layers.get(i).name(), factors[i]);
        String network = mapping.getNetwork().getName();
        if (net != null && sameShapes(layers, net.shapes()))
            return new MappingProblem(network, system, layers, AccuracyProxy.measured(layers, net.channelMajorWeights(),
                    system.first().weights(), system.second().weights(), factors));
        double firstNsr, secondNsr;
        if (net != null) {
            firstNsr = net.noiseToSignal(system.first().weights());
            secondNsr = net.noiseToSignal(system.second().weights());
        } else if (mapping.getSensitivity() instanceof GivenSensitivity g) {
            firstNsr = g.getFirstNsr();
            secondNsr = g.getSecondNsr();
        } else {
            throw new IllegalArgumentException("mapping " + mapping.getName() + " has no noise source");
        }
        return new MappingProblem(network, system, layers,
                AccuracyProxy.modelled(layers, firstNsr, secondNsr, factors, LayerWeightEnergy.calibrated()));
    }

    /** Same dimensions layer by layer; names may differ. */
    static boolean sameShapes(List<ConvShape> a, List<ConvShape> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            ConvShape x = a.get(i), y = b.get(i);
            if (x.inChannels() != y.inChannels() || x.outChannels() != y.outChannels() || x.outWidth() != y.outWidth()
                    || x.outHeight() != y.outHeight() || x.kernelWidth() != y.kernelWidth() || x.kernelHeight() != y.kernelHeight())
                return false;
        }
        return true;
    }

    /** Channels on the second array per layer as the mapping gives them (layers not named: none), or null if none is given. */
    public static int[] given(ChannelMapping mapping, List<ConvShape> layers) {
        Map<String, Integer> split = new HashMap<>();
        for (LayerMapping l : mapping.getLayers()) if (l.isSetSecondChannels()) split.put(l.getLayer(), l.getSecondChannels());
        if (split.isEmpty()) return null;
        int[] counts = new int[layers.size()];
        for (int i = 0; i < counts.length; i++) counts[i] = split.getOrDefault(layers.get(i).name(), 0);
        return counts;
    }

    /** Runs the mapping study; null overrides keep the model's objective and budget. */
    public static Run run(ChannelMapping mapping, Objective objectiveOverride, Double budgetOverride) {
        TrainedDigitsNetwork net = trainedNetwork(mapping);
        MappingProblem problem = problem(mapping, net);
        Objective objective = objectiveOverride != null ? objectiveOverride : objective(mapping.getObjective());
        double budget = budgetOverride != null ? budgetOverride : mapping.getBudget();
        MappingStudy study = MappingStudy.run(problem, objective, budget, given(mapping, problem.layers()),
                mapping.getResolution());
        Map<String, Double> accuracy = new LinkedHashMap<>();
        if (net != null && sameShapes(problem.layers(), net.shapes())) {
            for (Mapping m : MappingResults.mappings(study)) accuracy.put(m.label(), net.accuracy(m, problem.system()));
            for (BaselineComparison c : study.comparisons())
                for (Mapping m : List.of(c.searchedEnergy(), c.searchedLatency()))
                    accuracy.put(m.label(), net.accuracy(m, problem.system()));
        }
        return new Run(study, accuracy);
    }

    public static MappingStudy study(ChannelMapping mapping, Objective objectiveOverride, Double budgetOverride) {
        return run(mapping, objectiveOverride, budgetOverride).study();
    }
}
