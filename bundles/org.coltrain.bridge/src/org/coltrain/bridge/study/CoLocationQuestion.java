package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Study;
import org.coltrain.sim.array.LatencyTables;
import org.coltrain.sim.array.NetworkTiming;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.coltrain.sim.study.Capacity;
import org.coltrain.sim.study.CapacityMemo;
import org.coltrain.sim.study.CoLocated;
import org.coltrain.sim.study.CoLocation;
import org.coltrain.sim.study.SearchSettings;
import org.coltrain.sim.study.ServiceUnderTest;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.StudyTable;

/**
 * The co-location question (Equinox's "up to 78%"): the first design serves the first workload with adaptive
 * batching and trains the same network (batch {@code training batch}, preemptible between tiles) in its idle
 * cycles, at each load (fraction of its capacity without training); the second design is the dedicated training
 * accelerator the training rate is divided by.
 */
final class CoLocationQuestion {

    private CoLocationQuestion() {
    }

    static StudyOutcome run(Study study, CapacityMemo memo) {
        AcceleratorSpec acc = ModelToSim.accelerator(study.getDesigns().get(0));
        AcceleratorSpec trainer = ModelToSim.accelerator(study.getDesigns().get(1));
        NetworkSpec net = ModelToSim.network(study.getWorkloads().get(0).getNetwork());
        int batch = study.getTrainingBatch();
        SearchSettings settings = SearchSettings.DEFAULT.withSeed(study.getSeed()).withRequestsPerProbe(study.getRequests());
        // runs with training make about one event per tile: capped at 5 s simulated, as the serving study always was
        SearchSettings coLocated = settings.withMaxDurationNs(5_000_000_000L);
        ServiceUnderTest alone = new ServiceUnderTest(net.name(), LatencyTables.compute(acc, net, study.getMaxBatch()),
                new AdaptiveBatching(), study.getMaxBatch(), study.getSloPercentile(),
                ModelToServing.ns(study.getSloLatencyS()), List.of());
        Capacity capacity = memo.maxRate(alone, settings);
        double dedicated = batch * 1e9 / NetworkTiming.trainingStep(trainer, net, batch).latencyNs();
        TrainingJobSpec job = new TrainingJobSpec("train",
                TrainingProfiles.of("train", acc, net, batch, SegmentGranularity.TILE), 0);
        ServiceUnderTest withTraining = alone.withTraining(List.of(job));
        double[] loads = study.getLoads().stream().mapToDouble(Double::doubleValue).toArray();
        List<CoLocated> rows = CoLocation.sweep(withTraining, capacity.maxRateRps(), loads, dedicated, coLocated);
        double atHighest = Double.NaN, atLowest = Double.NaN, highest = -1, lowest = Double.MAX_VALUE;
        List<List<String>> table = new ArrayList<>();
        for (CoLocated c : rows) {
            if (c.sloMet() && c.rateRps() > highest) { highest = c.rateRps(); atHighest = c.fractionOfDedicated(); }
            if (c.rateRps() < lowest) { lowest = c.rateRps(); atLowest = c.fractionOfDedicated(); }
            table.add(List.of(CapacityQuestion.f("%.1f", c.rateRps()), CapacityQuestion.f("%.1f", c.throughputRps()),
                    CapacityQuestion.f("%.1f", c.p99Us()), c.sloMet() ? "met" : "missed",
                    CapacityQuestion.f("%.1f", c.samplesPerS()), CapacityQuestion.f("%.4f", c.fractionOfSameAccelerator()),
                    CapacityQuestion.f("%.4f", c.fractionOfDedicated()), CapacityQuestion.f("%.4f", c.inferenceUtilization())));
        }
        Figures f = new Figures("colocation");
        List<String> deps = StudyCalibrations.costOf(List.of(acc, trainer));
        f.put("training_fraction", "", atHighest, deps);
        f.put("training_fraction_max", "", atLowest, deps);
        StudyTable t = new StudyTable("colocation", "Training co-located on " + acc.name() + " serving " + net.name()
                + " (capacity alone " + CapacityQuestion.f("%.1f", capacity.maxRateRps()) + " req/s); dedicated "
                + trainer.name() + " " + CapacityQuestion.f("%.1f", dedicated) + " samples/s", List.of("rate_rps",
                        "served_rps", "p99_us", "slo", "training_samples_per_s", "of_same_accelerator",
                        "of_dedicated", "inference_utilization"), table);
        return new StudyOutcome(study.getName(), "colocation", f.check(study), List.of(t), List.of(), null);
    }
}
