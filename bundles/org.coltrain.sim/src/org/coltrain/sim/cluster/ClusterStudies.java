package org.coltrain.sim.cluster;

import java.util.ArrayList;
import java.util.List;
import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.spec.EncodingSpec;

/**
 * The two fleet studies the issue asks for, as sweeps over copies of one config: training scaling over the fleet
 * size (weak scaling: each accelerator keeps the base config's inference load per accelerator) and tail latency
 * versus load for each balancing policy.
 */
public final class ClusterStudies {

    private ClusterStudies() {}

    /**
     * One fleet size. {@code scalingEfficiency} = steady samples/s per accelerator at this size / the same of one
     * accelerator (the size-1 run of the same study), so 1 means perfect linear scaling; {@code samplesPerS} counts
     * the steps completed in the window.
     */
    public record ScalingPoint(int accelerators, double samplesPerS, double scalingEfficiency,
            double communicationShare, double allReduceUs, double meanStepUs, List<String> services, List<Double> p99Us) {
        public ScalingPoint {
            services = List.copyOf(services);
            p99Us = List.copyOf(p99Us);
        }
    }

    /** One policy at one load: the tail of every service, and what training got of the idle cycles. */
    public record PolicyPoint(String policy, double loadFactor, String service, double offeredPerS, double p99Us,
            double sloUs, double sloViolationRate, double trainingSamplesPerS) {
    }

    /** The job with one gradient encoding: bytes on the wire, all-reduce time, and what training got. */
    public record EncodingPoint(String encoding, double gradientBytes, double allReduceUs, double communicationShare,
            double samplesPerS, double steadySamplesPerS) {
    }

    /** The base config once per gradient encoding, everything else unchanged (same seed, same arrivals). */
    public static List<EncodingPoint> gradientEncodings(ClusterConfig base, List<EncodingSpec> encodings) {
        if (base.job() == null) throw new IllegalArgumentException("the gradient-encoding study needs a training job");
        List<EncodingPoint> points = new ArrayList<>();
        for (EncodingSpec e : encodings) {
            FleetTrainingResult t = ClusterSimulation.run(base.toBuilder().job(base.job().withGradientEncoding(e)).build()).training();
            points.add(new EncodingPoint(e.shortName(), t.gradientBytes(), t.allReduceUs(), t.communicationShare(),
                    t.samplesPerS(), steadySamplesPerS(t)));
        }
        return points;
    }

    /**
     * The base config's first design replicated n times for every n in {@code sizes} (1 is always run first as the
     * baseline), the job spanning all n, every service's rate scaled by n / base accelerators.
     */
    public static List<ScalingPoint> scaling(ClusterConfig base, List<Integer> sizes) {
        if (base.job() == null) throw new IllegalArgumentException("the scaling study needs a training job");
        List<ScalingPoint> points = new ArrayList<>();
        double onePerAccelerator = Double.NaN;
        List<Integer> all = new ArrayList<>();
        all.add(1);
        for (int n : sizes) if (n != 1) all.add(n);
        for (int n : all) {
            ClusterResult r = ClusterSimulation.run(resized(base, n));
            FleetTrainingResult t = r.training();
            double perAccelerator = steadySamplesPerS(t) / n;
            if (n == 1) onePerAccelerator = perAccelerator;
            double efficiency = onePerAccelerator > 0 ? perAccelerator / onePerAccelerator : 0.0;
            List<String> names = new ArrayList<>();
            List<Double> p99 = new ArrayList<>();
            for (ServiceResult s : r.services()) {
                names.add(s.name());
                p99.add(s.p99Us());
            }
            if (n == 1 && !sizes.contains(1)) continue;
            points.add(new ScalingPoint(n, t.samplesPerS(), efficiency, t.communicationShare(), t.allReduceUs(),
                    t.meanStepUs(), names, p99));
        }
        return points;
    }

    /**
     * Samples/s from the mean interval between steps (global batch / interval): whole steps counted in a short
     * window would quantise the efficiency by one step in a few dozen. Falls back to the count below two steps.
     */
    static double steadySamplesPerS(FleetTrainingResult t) {
        return t.steps() >= 2 && t.meanStepUs() > 0 ? t.globalBatch() * 1e6 / t.meanStepUs() : t.samplesPerS();
    }

    static ClusterConfig resized(ClusterConfig base, int n) {
        double factor = (double) n / base.accelerators();
        ClusterConfig.Builder b = base.toBuilder().clearDesigns().clearServices()
                .design(base.designs().get(0).withCount(n)).job(base.job().withWorkers(n));
        for (FleetService s : base.services()) b.service(s.withArrivals(ArrivalScaling.scaled(s.arrivals(), factor)));
        return b.build();
    }

    /** Every policy (applied to every service) at every load factor (multiplying every service's rate). */
    public static List<PolicyPoint> policies(ClusterConfig base, List<LoadBalancer> policies, List<Double> loadFactors) {
        List<PolicyPoint> points = new ArrayList<>();
        for (LoadBalancer policy : policies) {
            for (double f : loadFactors) {
                ClusterConfig.Builder b = base.toBuilder().clearServices();
                for (FleetService s : base.services())
                    b.service(s.withBalancer(policy).withArrivals(ArrivalScaling.scaled(s.arrivals(), f)));
                ClusterResult r = ClusterSimulation.run(b.build());
                double trainingPerS = r.training() == null ? 0.0 : r.training().samplesPerS();
                for (ServiceResult s : r.services())
                    points.add(new PolicyPoint(policy.name(), f, s.name(), s.arrivalRateRps(), s.p99Us(), s.sloUs(),
                            s.sloViolationRate(), trainingPerS));
            }
        }
        return points;
    }
}
