package org.coltrain.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coltrain.model.DesignSearch;
import org.coltrain.model.Dram;
import org.coltrain.model.Encoding;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.Service;
import org.coltrain.model.TrainingJob;
import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.dse.DesignSpaceSpec;
import org.coltrain.sim.dse.DramChoice;
import org.coltrain.sim.dse.Objective;
import org.coltrain.sim.dse.Strategy;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.study.SearchSettings;
import org.coltrain.sim.study.ServiceObjectives;

/**
 * A {@code search} block as the one design space of the simulator (used by the capacity study and by the explore
 * element), and an {@code explore} element as its objectives, strategy and seed.
 */
public final class ModelToExplore {

    private ModelToExplore() {
    }

    /** Everything an explore run needs, in simulator terms. */
    public record Problem(AcceleratorSpec template, DesignSpaceSpec space, DesignBudget envelope,
            ServiceObjectives objectives, Strategy strategy, long seed) {
    }

    public static AcceleratorSpec template(DesignSearch s) {
        return ModelToSim.accelerator(s.getTemplate());
    }

    public static DesignSpaceSpec space(DesignSearch s) {
        List<Dataflow> dataflows = s.getDataflows().isEmpty() ? List.of(Dataflow.values())
                : s.getDataflows().stream().map(ModelToSim::dataflow).toList();
        List<EncodingSpec> encodings = new ArrayList<>();
        for (Encoding e : s.getEncodings()) encodings.add(ModelToSim.encoding(e));
        List<DramChoice> drams = new ArrayList<>();
        for (Dram d : s.getDrams())
            drams.add(new DramChoice(ModelToSim.dramKind(d).orElseThrow(
                    () -> new IllegalArgumentException("unknown DRAM kind '" + d.getKind() + "' in a drams range")), d.getCount()));
        return new DesignSpaceSpec(s.getRows(), s.getCols(), dataflows,
                s.getBuffersBytes().stream().map(Math::round).toList(), encodings, s.getCounts(), s.getClocksHz(), drams);
    }

    public static DesignBudget envelope(DesignSearch s) {
        return new DesignBudget(s.getAreaM2() * 1e6, s.getPowerW() * 1e3);
    }

    public static Objective objective(ExploreObjective o) {
        return Objective.valueOf(o.name());
    }

    /** The explore element in simulator terms; {@code seedOverride} (null: the element's seed) seeds search and probes. */
    public static Problem problem(Explore e, Long seedOverride) {
        DesignSearch s = e.getSearch();
        long seed = seedOverride != null ? seedOverride : e.getSeed();
        Service service = e.getWorkload().getServices().get(0);
        SearchSettings settings = SearchSettings.DEFAULT.withSeed(seed).withRequestsPerProbe(s.getProbeRequests());
        List<Objective> objectives = e.getObjectives().stream().map(ModelToExplore::objective).toList();
        ServiceObjectives.Training training = null;
        if (objectives.contains(Objective.TRAINING)) {
            TrainingJob job = e.getWorkload().getTrainingJobs().get(0);
            training = new ServiceObjectives.Training(job.getName(), ModelToSim.network(job.getNetwork()),
                    job.getBatch(), SegmentGranularity.LAYER, e.getTrainingLoadHz());
        }
        ServiceObjectives so = new ServiceObjectives(objectives, service.getName(),
                ModelToSim.network(service.getNetwork()), ModelToServing.builtIn(e.getScheduler(), Map.of()),
                service.getMaxBatch(), service.getSloPercentile(), ModelToServing.ns(service.getSloLatencyS()),
                settings, training);
        Strategy strategy = switch (e.getStrategy()) {
            case GRID -> new Strategy.Grid();
            case RANDOM -> new Strategy.Random(e.getSamples());
            case NSGA2 -> new Strategy.Nsga2(e.getPopulation(), e.getGenerations());
        };
        return new Problem(template(s), space(s), envelope(s), so, strategy, seed);
    }
}
