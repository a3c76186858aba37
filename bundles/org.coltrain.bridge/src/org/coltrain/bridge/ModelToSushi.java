package org.coltrain.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coltrain.model.ElasticStage;
import org.coltrain.model.Layer;
import org.coltrain.model.Network;
import org.coltrain.model.SubNet;
import org.coltrain.model.SuperNet;
import org.coltrain.model.SuperNetServing;
import org.coltrain.model.TargetPhase;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.supernet.LatencyTargets;
import org.coltrain.sim.supernet.ServingPolicy;
import org.coltrain.sim.supernet.SubNetChoice;
import org.coltrain.sim.supernet.SuperNetSpec;
import org.coltrain.sim.supernet.SushiConfig;

/**
 * A SuperNet serving model to the SUSHI simulator's inputs: the SuperNet's shapes (stem and head through the
 * network bridge), the SubNets, the accelerator, the cache and the query stream. Fractions written with '%' become
 * percent here and time becomes ns, at the boundary.
 */
public final class ModelToSushi {

    private ModelToSushi() {
    }

    public static SushiConfig config(SuperNetServing serving, Long seedOverride) throws IOException, TraceParseException {
        SuperNet net = serving.getSuperNet();
        List<SubNetChoice> subNets = new ArrayList<>();
        for (SubNet s : net.getSubNets()) subNets.add(subNet(s));
        long durationNs = ModelToServing.ns(serving.getDurationS());
        return new SushiConfig(serving.getName(), superNet(net), subNets, ModelToSim.accelerator(serving.getAccelerator()),
                Math.round(serving.getCacheBytes()), serving.isActivationsOnChip(),
                ModelToServing.arrivals(serving.getArrival()), targets(serving, durationNs), durationNs,
                serving.isSetWarmupS() ? ModelToServing.ns(serving.getWarmupS()) : 0,
                seedOverride != null ? seedOverride : serving.getSeed());
    }

    /** SUSHI's policy with the model's window and update interval. */
    public static ServingPolicy.Sushi sushiPolicy(SuperNetServing serving) {
        return new ServingPolicy.Sushi(serving.getWindow(), serving.getUpdateEvery());
    }

    /** The SubNet the static baseline serves, or null to let the simulator pick it. */
    public static String staticSubNet(SuperNetServing serving) {
        return serving.getStaticSubNet() == null ? null : serving.getStaticSubNet().getName();
    }

    public static SuperNetSpec superNet(SuperNet net) {
        Network stem = net.getStem();
        Map<Layer, ShapeInference.LayerShapes> shapes = ShapeInference.infer(stem);
        if (stem.getLayers().isEmpty()) throw new IllegalArgumentException("stem " + stem.getName() + " has no layers");
        Shape out = shapes.get(stem.getLayers().get(stem.getLayers().size() - 1)).output();
        List<org.coltrain.sim.supernet.ElasticStage> stages = new ArrayList<>();
        for (ElasticStage s : net.getStages())
            stages.add(new org.coltrain.sim.supernet.ElasticStage(s.getName(), s.getOutChannels(), s.getStride(),
                    s.getDepths(), s.getExpandRatios(), s.getKernels(), s.isSqueezeExcite()));
        return new SuperNetSpec(net.getName(), ModelToSim.network(stem), out.channels(), out.height(), stages,
                ModelToSim.network(net.getHead()));
    }

    static SubNetChoice subNet(SubNet s) {
        return new SubNetChoice(s.getName(), 100 * s.getAccuracy(), s.getDepths(), s.getExpandRatios(), s.getKernels());
    }

    /** A phase without 'for' lasts the whole run; without 'to' its target is a single value. */
    static LatencyTargets targets(SuperNetServing serving, long durationNs) {
        List<org.coltrain.sim.supernet.TargetPhase> phases = new ArrayList<>();
        for (TargetPhase p : serving.getTargets()) {
            long min = ModelToServing.ns(p.getMinLatencyS());
            long max = p.isSetMaxLatencyS() ? ModelToServing.ns(p.getMaxLatencyS()) : min;
            phases.add(new org.coltrain.sim.supernet.TargetPhase(p.isSetDurationS() ? ModelToServing.ns(p.getDurationS())
                    : durationNs, min, max, p.isSetMinAccuracy() ? 100 * p.getMinAccuracy() : 0));
        }
        return new LatencyTargets(phases);
    }
}
