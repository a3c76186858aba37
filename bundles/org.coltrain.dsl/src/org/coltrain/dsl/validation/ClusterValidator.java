package org.coltrain.dsl.validation;

import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.Cluster;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.DataParallelTraining;
import org.coltrain.model.FixedPointEncoding;
import org.coltrain.model.FleetGroup;
import org.coltrain.model.Interconnect;
import org.coltrain.model.ServiceBalancer;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Checks of a cluster: its required parts, sizes, which services it balances, and its data-parallel job. */
public class ClusterValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkRequiredParts(Cluster c) {
        if (c.getGroups().isEmpty())
            missing(c, "accelerators", "'accelerators 16 of MyChip'", ColtrainPackage.Literals.CLUSTER__GROUPS);
        if (c.getWorkload() == null)
            missing(c, "workload", "'workload MyWorkload'", ColtrainPackage.Literals.CLUSTER__WORKLOAD);
        if (c.getScheduler() == null)
            missing(c, "scheduler", "'scheduler adaptive'", ColtrainPackage.Literals.CLUSTER__SCHEDULER);
        if (!c.isSetDurationS())
            missing(c, "duration", "'duration 10 s'", ColtrainPackage.Literals.CLUSTER__DURATION_S);
        if (c.getTraining() != null && c.getInterconnect() == null)
            missing(c, "interconnect (the data-parallel job all-reduces over it)",
                    "'interconnect ring bandwidth 100 GB/s latency 1 us'", ColtrainPackage.Literals.CLUSTER__INTERCONNECT);
    }

    private void missing(Cluster c, String part, String example, org.eclipse.emf.ecore.EStructuralFeature feature) {
        error("cluster '" + c.getName() + "' has no " + part + "; add " + example, c, ColtrainPackage.Literals.ELEMENT__NAME,
                IssueCodes.CLUSTER_MISSING_PART, feature.getName());
    }

    @Check
    public void checkDuration(Cluster c) {
        if (c.isSetDurationS() && c.getDurationS() <= 0)
            error("duration must be positive", c, ColtrainPackage.Literals.CLUSTER__DURATION_S, IssueCodes.NON_POSITIVE);
        if (c.isSetWarmupS() && c.isSetDurationS() && c.getWarmupS() >= c.getDurationS())
            error("warm-up (" + Quantities.formatNumber(c.getWarmupS()) + " s) must be shorter than the duration ("
                    + Quantities.formatNumber(c.getDurationS()) + " s); nothing would be measured", c,
                    ColtrainPackage.Literals.CLUSTER__WARMUP_S, IssueCodes.WARMUP_NOT_BELOW_DURATION);
    }

    @Check
    public void checkGroupCount(FleetGroup g) {
        if (g.isSetCount() && g.getCount() < 1)
            error("a group needs at least one accelerator", g, ColtrainPackage.Literals.FLEET_GROUP__COUNT, IssueCodes.NON_POSITIVE);
    }

    @Check
    public void checkInterconnect(Interconnect i) {
        if (i.isSetBandwidthBytesPerS() && i.getBandwidthBytesPerS() <= 0)
            error("link bandwidth must be positive", i, ColtrainPackage.Literals.INTERCONNECT__BANDWIDTH_BYTES_PER_S,
                    IssueCodes.NON_POSITIVE);
        if (i.isSetLatencyS() && i.getLatencyS() < 0)
            error("link latency must not be negative", i, ColtrainPackage.Literals.INTERCONNECT__LATENCY_S, IssueCodes.NON_POSITIVE);
    }

    @Check
    public void checkServicesBalancedOnce(Cluster c) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (ServiceBalancer b : c.getBalancers())
            if (b.getService() != null && !b.getService().eIsProxy() && !seen.add(b.getService()))
                error("service '" + b.getService().getName() + "' is balanced twice in cluster '" + c.getName()
                        + "'; keep one 'balance' entry: only one policy can route its requests", b,
                        ColtrainPackage.Literals.SERVICE_BALANCER__SERVICE, IssueCodes.GIVEN_TWICE);
    }

    @Check
    public void checkBalancedService(ServiceBalancer b) {
        if (!(b.eContainer() instanceof Cluster c) || c.getWorkload() == null || c.getWorkload().eIsProxy()) return;
        if (b.getService() == null || b.getService().eIsProxy()) return;
        if (b.getService().eContainer() != c.getWorkload())
            error("service '" + b.getService().getName() + "' is not in workload '" + c.getWorkload().getName()
                    + "' of cluster '" + c.getName() + "'; balance one of its services instead", b,
                    ColtrainPackage.Literals.SERVICE_BALANCER__SERVICE, IssueCodes.BALANCED_SERVICE_NOT_IN_WORKLOAD);
        if (b.getProbes() < 1)
            error("a latency-aware balancer probes at least one accelerator", b,
                    ColtrainPackage.Literals.SERVICE_BALANCER__PROBES, IssueCodes.NON_POSITIVE);
    }

    @Check
    public void checkTraining(DataParallelTraining t) {
        if (t.isSetBatch() && t.getBatch() < 1)
            error("batch must be at least 1", t, ColtrainPackage.Literals.DATA_PARALLEL_TRAINING__BATCH, IssueCodes.NON_POSITIVE);
        if (t.isSetWorkers() && t.getWorkers() < 1)
            error("a data-parallel job needs at least one worker", t,
                    ColtrainPackage.Literals.DATA_PARALLEL_TRAINING__WORKERS, IssueCodes.NON_POSITIVE);
        if (t.getStaleness() < 0)
            error("staleness must not be negative", t, ColtrainPackage.Literals.DATA_PARALLEL_TRAINING__STALENESS,
                    IssueCodes.NON_POSITIVE);
        if (t.getGradientEncoding() instanceof FixedPointEncoding)
            error("fixed point has no dynamic range for gradients; use fp32, bf16, fp16 or hbfp", t,
                    ColtrainPackage.Literals.DATA_PARALLEL_TRAINING__GRADIENT_ENCODING, IssueCodes.FIXED_POINT_TRAINING);
        if (!(t.eContainer() instanceof Cluster c)) return;
        long fleet = 0;
        for (FleetGroup g : c.getGroups()) fleet += Math.max(0, g.getCount());
        if (t.isSetWorkers() && t.getWorkers() > fleet)
            error("job '" + t.getName() + "' spans " + t.getWorkers() + " workers but cluster '" + c.getName() + "' has "
                    + fleet + " accelerators; lower 'workers' to at most " + fleet + " or add accelerators", t,
                    ColtrainPackage.Literals.DATA_PARALLEL_TRAINING__WORKERS, IssueCodes.WORKERS_EXCEED_FLEET, Long.toString(fleet));
        for (FleetGroup g : c.getGroups())
            if (g.getAccelerator() != null && !g.getAccelerator().eIsProxy() && g.getAccelerator().getTrainingEncoding() == null
                    && coversWorkers(c, g, t))
                error("job '" + t.getName() + "' trains on accelerator '" + g.getAccelerator().getName()
                        + "', which has no training encoding; add 'training encoding hbfp 8' to it", g,
                        ColtrainPackage.Literals.FLEET_GROUP__ACCELERATOR, IssueCodes.NO_TRAINING_ENCODING);
    }

    /** Whether some of the group's accelerators are among the job's workers (the first 'workers' of the fleet). */
    private static boolean coversWorkers(Cluster c, FleetGroup group, DataParallelTraining t) {
        long start = 0;
        for (FleetGroup g : c.getGroups()) {
            if (g == group) return !t.isSetWorkers() || start < t.getWorkers();
            start += Math.max(0, g.getCount());
        }
        return false;
    }
}
