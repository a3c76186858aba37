package org.coltrain.bridge.run;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.cluster.ClusterConfig;
import org.coltrain.sim.cluster.ClusterStudies;
import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.numerics.AccuracyRow;
import org.coltrain.sim.numerics.NumericsExperiments;
import org.coltrain.sim.numerics.encoding.Encodings;
import org.coltrain.sim.numerics.train.ModelKind;
import org.coltrain.sim.numerics.train.RoleEncodings;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The studies a cluster run may add, run in order on copies of the cluster's config: training scaling over fleet
 * sizes, every load balancer against load, the job per gradient encoding, and the accuracy of each gradient
 * encoding on the numerics harness. Each study step reports progress and may be cancelled between runs.
 */
public final class FleetStudies {

    /** What the studies gave; a study not asked for is an empty list. */
    public record Outcome(List<ClusterStudies.ScalingPoint> scaling, List<ClusterStudies.PolicyPoint> policies,
            List<ClusterStudies.EncodingPoint> encodings, List<GradientAccuracy> accuracy) {
    }

    /** Test accuracy of the digits MLP with {@code encoding} on the backward GEMMs' gradients, and with FP32. */
    public record GradientAccuracy(String encoding, int epochs, AccuracyRow with, AccuracyRow fp32) {
    }

    private FleetStudies() {
    }

    /** The encodings named, or a usage error naming the one that is unknown. */
    static List<EncodingSpec> encodings(List<String> names) throws RunException {
        List<EncodingSpec> specs = new ArrayList<>();
        for (String name : names) {
            try {
                specs.add(Encodings.specByName(name));
            } catch (IllegalArgumentException e) {
                throw RunException.usage("gradient encoding '" + name + "': " + e.getMessage(), e);
            }
        }
        return specs;
    }

    static Outcome run(ClusterConfig config, FleetStudyOptions options, List<EncodingSpec> encodings, RunMonitor monitor) {
        ClusterConfig study = options.studyDurationS() == null ? config : config.toBuilder()
                .durationNs(Math.round(options.studyDurationS() * 1e9)).warmupNs(Math.round(options.studyDurationS() * 1e8)).build();
        List<ClusterStudies.ScalingPoint> scaling = List.of();
        List<ClusterStudies.PolicyPoint> policies = List.of();
        List<ClusterStudies.EncodingPoint> encodingPoints = List.of();
        List<GradientAccuracy> accuracy = new ArrayList<>();
        if (!options.scaling().isEmpty()) {
            monitor.progress("scaling study", 0.5);
            monitor.checkCancelled();
            scaling = ClusterStudies.scaling(study, options.scaling());
        }
        if (options.policies()) {
            monitor.progress("load balancers against load", 0.6);
            monitor.checkCancelled();
            policies = ClusterStudies.policies(study, LoadBalancer.all(), options.loads());
        }
        if (!encodings.isEmpty()) {
            monitor.progress("gradient encodings", 0.7);
            monitor.checkCancelled();
            encodingPoints = ClusterStudies.gradientEncodings(study, encodings);
        }
        List<EncodingSpec> trained = !encodings.isEmpty() ? encodings
                : config.job() != null ? List.of(config.job().gradientEncoding()) : List.of();
        if (options.gradientAccuracy() && !trained.isEmpty()) {
            monitor.progress("gradient accuracy on the numerics harness", 0.9);
            monitor.checkCancelled();
            AccuracyRow base = NumericsExperiments.train(RoleEncodings.uniform(Encodings.byName("fp32")), ModelKind.MLP,
                    NumericsExperiments.DEFAULT_EPOCHS_MLP, NumericsExperiments.DEFAULT_SEED);
            for (EncodingSpec spec : trained) accuracy.add(gradientAccuracy(base, spec));
        }
        return new Outcome(scaling, policies, encodingPoints, accuracy);
    }

    /**
     * Weights and activations in FP32, the encoding on the backward GEMMs' gradients. The harness quantises the
     * backpropagated gradients, not the all-reduced weight gradients: the closest measure it has of what a gradient
     * encoding costs in accuracy.
     */
    private static GradientAccuracy gradientAccuracy(AccuracyRow base, EncodingSpec spec) {
        var fp32 = Encodings.byName("fp32");
        var enc = Encodings.of(spec);
        AccuracyRow with = NumericsExperiments.train(new RoleEncodings(fp32, fp32, enc), ModelKind.MLP, base.epochs(),
                NumericsExperiments.DEFAULT_SEED);
        return new GradientAccuracy(enc.name(), base.epochs(), with, base);
    }
}
