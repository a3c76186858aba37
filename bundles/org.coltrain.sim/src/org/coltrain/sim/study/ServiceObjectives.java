package org.coltrain.sim.study;

import java.io.Serializable;
import java.util.List;

import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.MultiObjective;
import org.coltrain.sim.dse.Objective;
import org.coltrain.sim.exec.PointTask;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * The objectives of a design exploration for one inference service (and optionally one training job co-located
 * with it), measured per candidate by the study's own machinery: the capacity is {@link CapacitySearch#maxRate}
 * (bisection over serving simulations), the energy per inference the latency table's energy of the mean batch at
 * that capacity divided by the batch, the training fraction one {@link CoLocation#measure} run at the stated load
 * (0 when the candidate cannot train, cannot carry the load, or misses the SLO with training in), area and power the
 * cost model's. A record of simulator inputs only, so it is itself the serializable measurement task.
 *
 * @param training null when no objective needs a training job
 */
public record ServiceObjectives(List<Objective> objectives, String service, NetworkSpec network, Scheduler scheduler,
        int maxBatch, double sloPercentile, long sloNs, SearchSettings settings, Training training)
        implements MultiObjective, PointTask<Candidate, double[]> {

    private static final long serialVersionUID = 1L;

    /** The co-located training job and the inference load (requests/s) it is measured at. */
    public record Training(String job, NetworkSpec network, int batch, SegmentGranularity granularity, double loadRps)
            implements Serializable {
    }

    public ServiceObjectives {
        objectives = List.copyOf(objectives);
        if (objectives.contains(Objective.TRAINING) && training == null)
            throw new IllegalArgumentException("the training objective needs a training job and a load");
    }

    @Override
    public PointTask<Candidate, double[]> measurement() {
        return this;
    }

    @Override
    public double[] optimistic(Candidate c) {
        LatencyTable t = LatencyTables.compute(c.accelerator(), network, maxBatch);
        double[] v = new double[objectives.size()];
        for (int o = 0; o < v.length; o++)
            v[o] = switch (objectives.get(o)) {
                case CAPACITY -> MixCapacity.bound(t, service, scheduler, maxBatch, sloNs, sloPercentile);
                case ENERGY -> cheapestEnergyUj(t);
                case TRAINING -> trainingBound(c, t);
                case AREA -> c.areaMm2();
                case POWER -> c.powerMw() / 1e3;
            };
        return v;
    }

    @Override
    public double[] evaluate(Candidate c) {
        AcceleratorSpec acc = c.accelerator();
        LatencyTable t = LatencyTables.compute(acc, network, maxBatch);
        ServiceUnderTest sut = new ServiceUnderTest(service, t, scheduler, maxBatch, sloPercentile, sloNs, List.of());
        Capacity cap = CapacitySearch.maxRate(sut, settings);
        double[] v = new double[objectives.size()];
        for (int o = 0; o < v.length; o++)
            v[o] = switch (objectives.get(o)) {
                case CAPACITY -> cap.maxRateRps();
                case ENERGY -> energyUj(t, cap);
                case TRAINING -> trainingFraction(c, sut, cap);
                case AREA -> c.areaMm2();
                case POWER -> c.powerMw() / 1e3;
            };
        return v;
    }

    /**
     * Co-located training runs in the idle time only, and at the load L inference keeps the accelerator busy at least
     * L / saturation of the time (saturation: the best batch's requests/s, no schedule serves faster), so the training
     * fraction is at most 1 - L / saturation; 0 when the candidate cannot train or its capacity bound is below L
     * (the measured fraction is then 0).
     */
    private double trainingBound(Candidate c, LatencyTable t) {
        if (!c.trains() || MixCapacity.bound(t, service, scheduler, maxBatch, sloNs, sloPercentile) < training.loadRps())
            return 0;
        ServiceUnderTest sut = new ServiceUnderTest(service, t, scheduler, maxBatch, sloPercentile, sloNs, List.of());
        return Math.max(0, 1 - training.loadRps() / sut.saturationRps());
    }

    /** The measured energy is that of one batch of 1..maxBatch, so the cheapest per inference bounds it (uJ). */
    private double cheapestEnergyUj(LatencyTable t) {
        double best = Double.POSITIVE_INFINITY;
        for (int b = 1; b <= maxBatch; b++) best = Math.min(best, t.energyPj(b) / b);
        return best / 1e6;
    }

    /** Energy per inference (uJ) of the mean batch at capacity, rounded to a whole batch (batch 1 when none ran). */
    private double energyUj(LatencyTable t, Capacity cap) {
        int b = Double.isFinite(cap.meanBatch()) ? (int) Math.max(1, Math.min(maxBatch, Math.round(cap.meanBatch()))) : 1;
        return t.energyPj(b) / b / 1e6;
    }

    private double trainingFraction(Candidate c, ServiceUnderTest sut, Capacity cap) {
        if (!c.trains() || cap.maxRateRps() < training.loadRps()) return 0;
        TrainingJobSpec job = new TrainingJobSpec(training.job(), TrainingProfiles.of(training.job(), c.accelerator(),
                training.network(), training.batch(), training.granularity()), 0);
        CoLocated run = CoLocation.measure(sut.withTraining(List.of(job)), training.loadRps(),
                job.dedicatedSamplesPerS(), settings);
        return run.sloMet() ? run.fractionOfSameAccelerator() : 0;
    }
}
