package org.coltrain.sim.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.result.ServiceResult;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.serve.result.TrainingResult;

/**
 * Training co-located with inference: at a given Poisson load, how many training samples per second the idle
 * cycles yield, and whether the inference SLO still holds. Two baselines: the same job alone on the same
 * accelerator (the serving simulator's {@code fractionOfDedicated}) and a dedicated training accelerator's
 * samples per second, given by the caller (for example the same job's rate on a training-optimised design).
 */
public final class CoLocation {

    private CoLocation() {
    }

    /** One run at {@code ratePerS} with the service's training jobs; reports the first job. */
    public static CoLocated measure(ServiceUnderTest service, double ratePerS, double dedicatedSamplesPerS,
            SearchSettings settings) {
        if (service.training().isEmpty()) throw new IllegalArgumentException(service.name() + " has no training job");
        SimulationResult run = ServingSimulation.run(service.config(ratePerS, settings));
        ServiceResult s = run.service(service.name());
        TrainingJobSpec job = service.training().get(0);
        TrainingResult t = run.trainingJob(job.name());
        return new CoLocated(service.name(), job.name(), ratePerS, s.throughputRps(), s.p99Us(),
                s.latencyAtSloPercentileUs(), s.sloMet(), s.meanBatch(), t.samplesPerS(), t.fractionOfDedicated(),
                t.samplesPerS() / dedicatedSamplesPerS, run.inferenceUtilization(), run.trainingUtilization(),
                run.maxTrainingDelayNs() / 1e3);
    }

    /** {@link #measure} at each load, given as fractions of {@code capacityRps}. */
    public static List<CoLocated> sweep(ServiceUnderTest service, double capacityRps, double[] loadFractions,
            double dedicatedSamplesPerS, SearchSettings settings) {
        List<CoLocated> rows = new ArrayList<>(loadFractions.length);
        for (double f : loadFractions) rows.add(measure(service, f * capacityRps, dedicatedSamplesPerS, settings));
        return rows;
    }
}
