package org.coltrain.bridge.results;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.DesignResult;
import org.coltrain.model.FleetResult;
import org.coltrain.model.FleetTraining;
import org.coltrain.model.NodeResult;
import org.coltrain.model.NodeTransfer;
import org.coltrain.model.TimeSeries;
import org.coltrain.sim.cluster.ClusterConfig;
import org.coltrain.sim.cluster.net.AllReduce;
import org.coltrain.sim.cluster.result.ClusterBucket;
import org.coltrain.sim.cluster.result.ClusterResult;
import org.coltrain.sim.cluster.result.DesignUtilization;
import org.coltrain.sim.cluster.result.FleetTrainingResult;
import org.coltrain.sim.cluster.result.NodeUtilization;

/**
 * A fleet run as the results metamodel (SI units): fleet-wide services, the job, utilisation per design and per
 * accelerator, the all-reduce schedule's messages between the workers, and the time series. The studies are added
 * by the cluster run (org.coltrain.bridge.run).
 */
public final class FleetResults {

    private static final ColtrainFactory F = ColtrainFactory.eINSTANCE;

    /** The group of an accelerator that does not train. */
    public static final String OUTSIDE_JOB = "not in the training job";

    private FleetResults() {
    }

    public static FleetResult toModel(String modelFile, ClusterConfig config, ClusterResult r) {
        FleetResult m = F.createFleetResult();
        ResultsToModel.stamp(m, modelFile, r.seed());
        m.setCluster(r.experiment());
        m.setAccelerators(r.accelerators());
        m.setScheduler(r.scheduler());
        m.setSimulatedS(r.simulatedS());
        m.setMeasuredS(r.measuredS());
        m.setEvents(r.events());
        m.setEnergyJ(r.energyJ());
        m.setAveragePowerW(r.averagePowerW());
        if (config.interconnect() != null) {
            m.setTopology(config.interconnect().topology().shortName());
            m.setLinkBandwidthBytesPerS(config.interconnect().linkBandwidthBytesPerS());
            m.setLinkLatencyS(config.interconnect().linkLatencyNs() * 1e-9);
        }
        for (var s : r.services()) m.getServices().add(ResultsToModel.service(s));
        m.getBalancers().addAll(r.balancers());
        if (r.training() != null) m.setTraining(training(r.training()));
        for (DesignUtilization d : r.designs()) {
            DesignResult x = F.createDesignResult();
            x.setDesign(d.design());
            x.setCount(d.count());
            x.setInferenceUtilization(d.inferenceUtilization());
            x.setTrainingUtilization(d.trainingUtilization());
            x.setSwitchUtilization(d.switchUtilization());
            x.setEnergyJ(d.energyJ());
            m.getDesigns().add(x);
        }
        for (NodeUtilization n : r.nodes()) {
            NodeResult x = F.createNodeResult();
            x.setIndex(n.index());
            x.setName(n.design() + " " + n.index());
            x.setDesign(n.design());
            if (n.worker()) x.setRank(n.index());
            else x.setGroup(OUTSIDE_JOB);
            x.setInferenceUtilization(n.inferenceUtilization());
            x.setTrainingUtilization(n.trainingUtilization());
            x.setSwitchUtilization(n.switchUtilization());
            m.getNodes().add(x);
        }
        if (config.job() != null && config.interconnect() != null) {
            // workers are the first job.workers() accelerators, so rank i is node i
            List<AllReduce.Transfer> transfers = config.job().algorithm().transfers(config.job().workers(),
                    config.interconnect().topology());
            String[] group = groups(config.job().workers(), transfers, config.job().algorithm().name());
            for (int rank = 0; rank < group.length; rank++) m.getNodes().get(rank).setGroup(group[rank]);
            boolean phases = transfers.stream().map(AllReduce.Transfer::phase).distinct().count() > 1;
            for (AllReduce.Transfer t : transfers) {
                NodeTransfer x = F.createNodeTransfer();
                x.setSource(m.getNodes().get(t.from()));
                x.setTarget(m.getNodes().get(t.to()));
                x.setPhase(t.phase());
                x.setGrouped(phases && group[t.from()].equals(group[t.to()]));
                m.getTransfers().add(x);
            }
        }
        series(m, r);
        return m;
    }

    /**
     * Per rank, the ring of the schedule's first phase it is in ("row ring 0", ... on a 2D torus: the connected
     * parts of that phase's messages, numbered by their lowest rank), or the algorithm's name when the schedule has
     * one phase (a ring on a ring or a switch, a tree).
     */
    static String[] groups(int ranks, List<AllReduce.Transfer> transfers, String algorithm) {
        String[] group = new String[ranks];
        java.util.Arrays.fill(group, algorithm);
        if (transfers.isEmpty() || transfers.stream().map(AllReduce.Transfer::phase).distinct().count() < 2) return group;
        String first = transfers.get(0).phase();
        int[] root = new int[ranks];
        for (int i = 0; i < ranks; i++) root[i] = i;
        for (AllReduce.Transfer t : transfers)
            if (t.phase().equals(first)) root[find(root, t.from())] = find(root, t.to());
        java.util.Map<Integer, Integer> number = new java.util.HashMap<>();
        for (int i = 0; i < ranks; i++) {
            int k = number.computeIfAbsent(find(root, i), x -> number.size());
            group[i] = first + " " + k;
        }
        return group;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) i = root[i] = root[root[i]];
        return i;
    }

    private static FleetTraining training(FleetTrainingResult t) {
        FleetTraining x = F.createFleetTraining();
        x.setName(t.name());
        x.setWorkers(t.workers());
        x.setGlobalBatch(t.globalBatch());
        x.setSteps(t.steps());
        x.setSamplesPerS(t.samplesPerS());
        x.setDedicatedSamplesPerS(t.dedicatedSamplesPerS());
        x.setFractionOfDedicated(t.fractionOfDedicated());
        x.setAllReduceS(t.allReduceUs() * 1e-6);
        x.setGradientBytes(t.gradientBytes());
        x.setCommunicationShare(t.communicationShare());
        x.setMeanStepS(t.meanStepUs() * 1e-6);
        x.setGradientEncoding(t.gradientEncoding());
        x.setAlgorithm(t.algorithm());
        x.setStalenessBound(t.stalenessBound());
        return x;
    }

    /** Per bucket: each service's completions, late requests and p99, training samples/s and the utilisations. */
    private static void series(FleetResult m, ClusterResult r) {
        if (r.series().isEmpty()) return;
        double bucketS = r.series().get(0).widthS();
        List<TimeSeries> all = new ArrayList<>();
        for (int s = 0; s < r.services().size(); s++) {
            String name = r.services().get(s).name();
            int k = s;
            all.add(series(name + " completed", "requests per bucket", bucketS, r, b -> b.completed().get(k)));
            all.add(series(name + " late", "requests per bucket", bucketS, r, b -> b.late().get(k)));
            all.add(series(name + " p99", "s", bucketS, r, b -> b.p99Us().get(k) * 1e-6));
        }
        all.add(series("training samples per s", "samples/s", bucketS, r, ClusterBucket::trainingSamplesPerS));
        all.add(series(ResultsToModel.UTILIZATION_SERIES + " inference", "fraction of the bucket", bucketS, r,
                ClusterBucket::inferenceUtilization));
        all.add(series(ResultsToModel.UTILIZATION_SERIES + " training", "fraction of the bucket", bucketS, r,
                ClusterBucket::trainingUtilization));
        m.getSeries().addAll(all);
    }

    private static TimeSeries series(String name, String unit, double bucketS, ClusterResult r,
            java.util.function.Function<ClusterBucket, Number> value) {
        TimeSeries t = F.createTimeSeries();
        t.setName(name);
        t.setUnit(unit);
        t.setBucketS(bucketS);
        for (ClusterBucket b : r.series()) t.getValues().add(value.apply(b).doubleValue());
        return t;
    }
}
