package org.coltrain.dsl.validation;

import java.util.Optional;
import java.util.function.Supplier;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.ParameterPath;
import org.coltrain.dsl.units.Quantities;
import org.coltrain.model.Accelerator;
import org.coltrain.model.Arrival;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.DiurnalArrival;
import org.coltrain.model.Experiment;
import org.coltrain.model.MmppArrival;
import org.coltrain.model.Network;
import org.coltrain.model.PoissonArrival;
import org.coltrain.model.Service;
import org.coltrain.model.Sweep;
import org.coltrain.model.TrainingJob;
import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.LatencyTable;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Checks that need the accelerator and the networks together: does the SLO leave time for one inference, does the
 * load fit the chip, do weights fit its memories. They run only on complete, otherwise valid parts of the model.
 */
public class ExperimentValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkWarmup(Experiment e) {
        if (e.isSetWarmupS() && e.isSetDurationS() && e.getWarmupS() >= e.getDurationS())
            error("warm-up (" + Quantities.formatNumber(e.getWarmupS()) + " s) must be shorter than the duration ("
                    + Quantities.formatNumber(e.getDurationS()) + " s); nothing would be measured", e,
                    ColtrainPackage.Literals.EXPERIMENT__WARMUP_S, IssueCodes.WARMUP_NOT_BELOW_DURATION);
    }

    @Check
    public void checkSweep(Sweep sweep) {
        if (!(sweep.eContainer() instanceof Experiment experiment) || sweep.getPath() == null) return;
        ParameterPath.Target target = ParameterPath.resolve(experiment, sweep.getPath());
        if (!target.valid())
            error(target.error(), sweep, ColtrainPackage.Literals.SWEEP__PATH, IssueCodes.SWEEP_PATH_UNKNOWN);
        if (sweep.getValues().isEmpty() && (sweep.getStep() <= 0 || sweep.getFrom() > sweep.getTo()))
            error("a sweep range needs 'from' <= 'to' and a positive 'step'", sweep,
                    ColtrainPackage.Literals.SWEEP__STEP, IssueCodes.SWEEP_RANGE_EMPTY);
    }

    @Check
    public void checkTrainingNeedsEncoding(Experiment e) {
        Accelerator acc = e.getAccelerator();
        if (acc == null || acc.eIsProxy() || e.getWorkload() == null || e.getWorkload().eIsProxy()) return;
        if (!e.getWorkload().getTrainingJobs().isEmpty() && acc.getTrainingEncoding() == null)
            error("workload '" + e.getWorkload().getName() + "' trains, but accelerator '" + acc.getName()
                    + "' has no training encoding; add 'training encoding hbfp 8' to it", e,
                    ColtrainPackage.Literals.EXPERIMENT__ACCELERATOR, IssueCodes.NO_TRAINING_ENCODING);
    }

    @Check
    public void checkServicesFit(Experiment e) {
        Optional<AcceleratorSpec> acc = complete(() -> ModelToSim.accelerator(e.getAccelerator()));
        if (acc.isEmpty() || e.getWorkload() == null || e.getWorkload().eIsProxy()) return;
        for (Service service : e.getWorkload().getServices()) {
            Optional<NetworkSpec> net = network(service.getNetwork());
            if (net.isEmpty()) continue;
            checkWeights(e, acc.get(), net.get());
            double batch1Ns = NetworkTiming.of(acc.get(), net.get(), 1).latencyNs();
            if (service.isSetSloLatencyS() && service.getSloLatencyS() * 1e9 < batch1Ns)
                error("the SLO of service '" + service.getName() + "' (" + us(service.getSloLatencyS() * 1e9)
                        + ") is below the batch-1 latency of " + net.get().name() + " on " + acc.get().name() + " ("
                        + us(batch1Ns) + "); raise the SLO above " + us(batch1Ns) + " or use a faster accelerator",
                        service, ColtrainPackage.Literals.SERVICE__SLO_LATENCY_S, IssueCodes.SLO_BELOW_BATCH1_LATENCY);
            int maxBatch = Math.max(1, service.getMaxBatch());
            LatencyTable table = LatencyTables.compute(acc.get(), net.get(), maxBatch);
            double capacityPerS = table.maxRequestsPerS(maxBatch);
            double rate = meanRateHz(service.getArrival());
            if (rate > capacityPerS && capacityPerS > 0 && Double.isFinite(capacityPerS))
                warning("service '" + service.getName() + "' offers " + Quantities.formatNumber(Math.round(rate))
                        + " requests/s but " + acc.get().name() + " serves at most " + Quantities.formatNumber(Math.round(capacityPerS))
                        + "/s of " + net.get().name() + " at its best batch size (" + table.bestBatch(maxBatch)
                        + " of at most " + maxBatch + ")"
                        + "; the queue will grow without bound: lower the rate or add arrays", service,
                        ColtrainPackage.Literals.SERVICE__ARRIVAL, IssueCodes.ARRIVAL_ABOVE_CAPACITY);
        }
        for (TrainingJob job : e.getWorkload().getTrainingJobs())
            network(job.getNetwork()).ifPresent(net -> checkWeights(e, acc.get(), net));
    }

    private void checkWeights(Experiment e, AcceleratorSpec acc, NetworkSpec net) {
        double bytesPerWeight = acc.inferenceEncoding().storageBitsPerElement() / 8;
        if (net.weightElements() * bytesPerWeight > acc.dramCapacityBytes() && acc.dramCapacityBytes() > 0)
            error("the weights of " + net.name() + " (" + mib(net.weightElements() * bytesPerWeight) + ") exceed the DRAM of "
                    + acc.name() + " (" + mib(acc.dramCapacityBytes()) + "); add capacity", e,
                    ColtrainPackage.Literals.EXPERIMENT__ACCELERATOR, IssueCodes.WEIGHTS_EXCEED_DRAM);
        if (acc.dataflow() != org.coltrain.sim.spec.Dataflow.WEIGHT_STATIONARY) return;
        for (LayerSpec layer : net.layers()) {
            double bytes = layer.weightElements() * bytesPerWeight;
            if (bytes > acc.weightBufferBytes()) {
                String holds = acc.weightBufferBytes() == 0 ? acc.name() + " declares no weight buffer"
                        : "the weight buffer of " + acc.name() + " holds " + mib(acc.weightBufferBytes());
                warning("under weight-stationary, layer '" + layer.name() + "' of " + net.name() + " has " + mib(bytes)
                        + " of weights but " + holds + ": its weights are re-fetched from DRAM per tile; "
                        + "add or enlarge 'buffer weight size' to at least " + mib(bytes), e,
                        ColtrainPackage.Literals.EXPERIMENT__ACCELERATOR, IssueCodes.WEIGHTS_DO_NOT_FIT_BUFFER, layer.name());
                return;
            }
        }
    }

    /** Long-run mean request rate of an arrival process; trace files are checked when they are read. */
    static double meanRateHz(Arrival arrival) {
        return switch (arrival) {
            case PoissonArrival p -> p.getRateHz();
            case MmppArrival m -> (m.getHighRateHz() * m.getMeanHighS() + m.getLowRateHz() * m.getMeanLowS())
                    / (m.getMeanHighS() + m.getMeanLowS());
            case DiurnalArrival d -> d.getMeanRateHz();
            case null, default -> 0;
        };
    }

    private static Optional<NetworkSpec> network(Network network) {
        if (network == null || network.eIsProxy()) return Optional.empty();
        return complete(() -> ModelToSim.network(network));
    }

    /** The simulator input, or empty while the model is still incomplete (other checks report what is missing). */
    private static <T> Optional<T> complete(Supplier<T> build) {
        try {
            return Optional.ofNullable(build.get());
        } catch (RuntimeException incomplete) {
            return Optional.empty();
        }
    }

    /** A latency in a unit that keeps its digits: '850 ns', '1144.0 us'. */
    private static String us(double ns) {
        return ns < 1e3 ? String.format(java.util.Locale.ROOT, "%.0f ns", ns)
                : String.format(java.util.Locale.ROOT, "%.1f us", ns / 1e3);
    }

    /** A size in a unit that keeps its digits: '4.0 KiB', '2.37 MiB'. */
    private static String mib(double bytes) {
        return bytes < 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024)
                : String.format(java.util.Locale.ROOT, "%.2f MiB", bytes / (1024.0 * 1024));
    }

}
