package org.coltrain.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Cluster;
import org.coltrain.model.DataParallelTraining;
import org.coltrain.model.FleetGroup;
import org.coltrain.model.Interconnect;
import org.coltrain.model.Service;
import org.coltrain.model.ServiceBalancer;
import org.coltrain.sim.array.LatencyTableCache;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.cluster.AcceleratorDesign;
import org.coltrain.sim.cluster.ClusterConfig;
import org.coltrain.sim.cluster.DataParallelJob;
import org.coltrain.sim.cluster.FleetService;
import org.coltrain.sim.cluster.balance.JoinShortestQueue;
import org.coltrain.sim.cluster.balance.LatencyAwareBalancer;
import org.coltrain.sim.cluster.balance.LoadBalancer;
import org.coltrain.sim.cluster.balance.PowerOfTwoChoices;
import org.coltrain.sim.cluster.balance.RandomBalancer;
import org.coltrain.sim.cluster.balance.RoundRobinBalancer;
import org.coltrain.sim.cluster.net.AllReduce;
import org.coltrain.sim.cluster.net.InterconnectSpec;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.net.TreeAllReduce;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.spec.TrainingProfile;

/**
 * Turns a validated cluster into the fleet simulator's configuration: one design per accelerator group (latency
 * tables per service and the job's training profile from the timing model), each service with its balancer (power of
 * two choices where the model names none), the interconnect and the data-parallel job. Time becomes ns here.
 */
public final class ModelToCluster {

    /** The default policy for a service the cluster does not balance explicitly. */
    public static final LoadBalancer DEFAULT_BALANCER = new PowerOfTwoChoices();

    private final LatencyTableCache tables = new LatencyTableCache();
    private final ModelToServing serving;

    /** Compiles user-written policies for a plain JVM (the CLI, tests). */
    public ModelToCluster() {
        this(PolicyCompiler.plainJvm());
    }

    public ModelToCluster(PolicyCompiler policies) {
        this.serving = new ModelToServing(policies);
    }

    public ClusterConfig config(Cluster cluster, Long seedOverride) throws IOException, TraceParseException, PolicyException {
        Map<String, Double> settings = ModelToServing.settings(cluster.getScheduler());
        long preemptionNs = ModelToServing.ns(ModelToServing.get(settings, SchedulerOptions.PREEMPTION_COST));
        double idlePowerW = ModelToServing.get(settings, SchedulerOptions.IDLE_POWER);
        SegmentGranularity granularity = cluster.getScheduler().getPreemption() == org.coltrain.model.Preemption.TILE
                ? SegmentGranularity.TILE : SegmentGranularity.LAYER;
        ClusterConfig.Builder b = ClusterConfig.builder()
                .experiment(cluster.getName())
                .scheduler(serving.scheduler(cluster.getScheduler()))
                .durationNs(ModelToServing.ns(cluster.getDurationS()))
                .warmupNs(cluster.isSetWarmupS() ? ModelToServing.ns(cluster.getWarmupS()) : 0)
                .seed(seedOverride != null ? seedOverride : cluster.getSeed());
        Map<org.coltrain.model.Network, NetworkSpec> networks = new HashMap<>();
        List<Service> services = cluster.getWorkload().getServices();
        for (Service s : services)
            b.service(new FleetService(s.getName(), ModelToServing.arrivals(s.getArrival()), s.getSloPercentile(),
                    ModelToServing.ns(s.getSloLatencyS()), s.getMaxBatch(), s.getPriority(), balancer(cluster, s)));
        DataParallelTraining training = cluster.getTraining();
        NetworkSpec trained = training == null ? null : networks.computeIfAbsent(training.getNetwork(), ModelToSim::network);
        int fleet = 0;
        for (FleetGroup g : cluster.getGroups()) fleet += g.getCount();
        int workers = training == null ? 0 : training.isSetWorkers() ? training.getWorkers() : fleet;
        int start = 0;
        for (FleetGroup g : cluster.getGroups()) {
            AcceleratorSpec acc = ModelToSim.accelerator(g.getAccelerator());
            List<LatencyTable> serviceTables = new ArrayList<>();
            for (Service s : services)
                serviceTables.add(tables.get(acc, networks.computeIfAbsent(s.getNetwork(), ModelToSim::network), s.getMaxBatch()));
            // Only groups that hold workers train (a group of inference-only chips may have no training encoding).
            TrainingProfile profile = start >= workers ? null
                    : TrainingProfiles.of(training.getName(), acc, trained, training.getBatch(), granularity);
            // Groups of the same design keep their own entry: the job's workers are the first ones in model order.
            b.design(new AcceleratorDesign(g.getAccelerator().getName(), g.getCount(), serviceTables, profile, preemptionNs, idlePowerW));
            start += g.getCount();
        }
        if (cluster.getInterconnect() != null) b.interconnect(interconnect(cluster.getInterconnect()));
        if (training != null) b.job(job(training, trained, fleet));
        return b.build();
    }

    static LoadBalancer balancer(Cluster cluster, Service service) {
        for (ServiceBalancer sb : cluster.getBalancers()) {
            if (sb.getService() != service) continue;
            return switch (sb.getPolicy()) {
                case RANDOM -> new RandomBalancer();
                case ROUND_ROBIN -> new RoundRobinBalancer();
                case JSQ -> new JoinShortestQueue();
                case POWER_OF_TWO -> new PowerOfTwoChoices();
                case LATENCY_AWARE -> new LatencyAwareBalancer(sb.getProbes());
            };
        }
        return DEFAULT_BALANCER;
    }

    static InterconnectSpec interconnect(Interconnect i) {
        Topology topology = switch (i.getTopology()) {
            case RING -> Topology.RING;
            case SWITCH -> Topology.SWITCH;
            case TORUS_2D -> Topology.TORUS_2D;
        };
        return new InterconnectSpec(topology, i.getBandwidthBytesPerS(), ModelToServing.ns(i.getLatencyS()));
    }

    /** The job: its gradient vector is the trained network's weights, in the gradient encoding (FP32 if none). */
    static DataParallelJob job(DataParallelTraining t, NetworkSpec net, int fleet) {
        EncodingSpec encoding = t.getGradientEncoding() == null ? EncodingSpec.fp32() : ModelToSim.encoding(t.getGradientEncoding());
        AllReduce algorithm = switch (t.getAlgorithm()) {
            case RING -> new RingAllReduce();
            case TREE -> new TreeAllReduce();
        };
        return new DataParallelJob(t.getName(), net.weightElements(), encoding, algorithm,
                t.isSetWorkers() ? t.getWorkers() : fleet, t.getStaleness());
    }
}
