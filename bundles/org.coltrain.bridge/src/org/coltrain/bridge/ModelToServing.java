package org.coltrain.bridge;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Arrival;
import org.coltrain.model.DiurnalArrival;
import org.coltrain.model.Experiment;
import org.coltrain.model.MmppArrival;
import org.coltrain.model.PoissonArrival;
import org.coltrain.model.Preemption;
import org.coltrain.model.Service;
import org.coltrain.model.Setting;
import org.coltrain.model.TraceArrival;
import org.coltrain.model.TrainingJob;
import org.coltrain.sim.array.LatencyTableCache;
import org.coltrain.sim.array.SegmentGranularity;
import org.coltrain.sim.array.TrainingProfiles;
import org.coltrain.sim.serve.ServiceSpec;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.arrival.ArrivalProcess;
import org.coltrain.sim.serve.arrival.DiurnalArrivals;
import org.coltrain.sim.serve.arrival.MmppArrivals;
import org.coltrain.sim.serve.arrival.PoissonArrivals;
import org.coltrain.sim.serve.arrival.TraceArrivals;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.sched.AdaptiveBatching;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.serve.sched.SchedulerSettings;
import org.coltrain.sim.serve.sched.SlackHoldingBatching;
import org.coltrain.sim.serve.sched.StaticBatching;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns a validated experiment into the serving simulator's configuration: latency tables and training profiles from
 * the timing model, arrival processes, the scheduler and its settings (a user-written policy compiled from the
 * user's project by {@link PolicyCompiler}). Time becomes ns here, at the boundary.
 */
public final class ModelToServing {

    private final LatencyTableCache tables = new LatencyTableCache();
    private final PolicyCompiler policies;

    /** Compiles user-written policies for a plain JVM (the CLI, tests). */
    public ModelToServing() {
        this(PolicyCompiler.plainJvm());
    }

    /** Compiles user-written policies with {@code policies} (the IDE passes its bundles' class path). */
    public ModelToServing(PolicyCompiler policies) {
        this.policies = policies;
    }

    public PolicyCompiler policies() {
        return policies;
    }

    /** The configuration of an experiment, with the seed given on the command line if any. */
    public ServingConfig config(Experiment experiment, Long seedOverride) throws IOException, TraceParseException, PolicyException {
        return config(experiment, seedOverride, scheduler(experiment.getScheduler()));
    }

    /**
     * The configuration with {@code scheduler} in place of the model's: the generator writes a user-written policy
     * as code and needs every other value mapped.
     */
    public ServingConfig config(Experiment experiment, Long seedOverride, Scheduler scheduler) throws IOException, TraceParseException {
        AcceleratorSpec acc = ModelToSim.accelerator(experiment.getAccelerator());
        Map<String, Double> settings = settings(experiment);
        ServingConfig.Builder b = ServingConfig.builder()
                .experiment(experiment.getName())
                .scheduler(scheduler)
                .durationNs(ns(experiment.getDurationS()))
                .warmupNs(experiment.isSetWarmupS() ? ns(experiment.getWarmupS()) : 0)
                .seed(seedOverride != null ? seedOverride : experiment.getSeed())
                .preemptionCostNs(ns(get(settings, SchedulerOptions.PREEMPTION_COST)))
                .idlePowerW(get(settings, SchedulerOptions.IDLE_POWER));
        Map<org.coltrain.model.Network, NetworkSpec> networks = new HashMap<>();
        for (Service s : experiment.getWorkload().getServices()) {
            NetworkSpec net = networks.computeIfAbsent(s.getNetwork(), ModelToSim::network);
            b.service(new ServiceSpec(s.getName(), tables.get(acc, net, s.getMaxBatch()), arrivals(s.getArrival()),
                    s.getSloPercentile(), ns(s.getSloLatencyS()), s.getMaxBatch(), s.getPriority()));
        }
        SegmentGranularity granularity = granularity(experiment);
        for (TrainingJob job : experiment.getWorkload().getTrainingJobs()) {
            NetworkSpec net = networks.computeIfAbsent(job.getNetwork(), ModelToSim::network);
            b.trainingJob(new TrainingJobSpec(job.getName(),
                    TrainingProfiles.of(job.getName(), acc, net, job.getBatch(), granularity), job.getPriority()));
        }
        return b.build();
    }

    /** Where the experiment lets training be preempted: between layers (default) or between tiles. */
    public static SegmentGranularity granularity(Experiment experiment) {
        return experiment.getScheduler().getPreemption() == Preemption.TILE ? SegmentGranularity.TILE : SegmentGranularity.LAYER;
    }

    /**
     * The batching policy with its settings (shared with {@link ModelToCluster}): a built-in, or the user's class
     * compiled from its source and given the settings that are not the engine's.
     */
    public Scheduler scheduler(org.coltrain.model.Scheduler scheduler) throws PolicyException {
        if (scheduler.getPolicyClass() == null) return builtIn(scheduler);
        File model = modelFile(scheduler);
        return policies.instantiate(policies.compile(model, scheduler.getPolicyClass()), policySettings(scheduler), model);
    }

    /** A user-written policy's settings: every one but the engine's (preemption cost, idle power). */
    public static SchedulerSettings policySettings(org.coltrain.model.Scheduler scheduler) {
        Map<String, Double> values = new java.util.TreeMap<>(settings(scheduler));
        values.remove(SchedulerOptions.PREEMPTION_COST.key());
        values.remove(SchedulerOptions.IDLE_POWER.key());
        return new SchedulerSettings(values);
    }

    /** The file of the model that holds {@code element} (its folder anchors trace files and policy sources). */
    public static File modelFile(EObject element) {
        URI uri = element.eResource().getURI();
        return new File(uri.isFile() ? uri.toFileString() : uri.path()).getAbsoluteFile();
    }

    /** The built-in policy the model names, with its settings; null for a user-written one. */
    public static Scheduler builtIn(org.coltrain.model.Scheduler scheduler) {
        if (scheduler.getPolicyClass() != null) return null;
        return builtIn(scheduler.getPolicy(), settings(scheduler));
    }

    /** A built-in policy by name with its settings (defaults for those not given); the studies name them so. */
    public static Scheduler builtIn(org.coltrain.model.SchedulerPolicy policy, Map<String, Double> settings) {
        return switch (policy) {
            case FIFO -> new FifoBatchOne();
            case STATIC -> new StaticBatching((int) Math.round(get(settings, SchedulerOptions.BATCH)),
                    ns(get(settings, SchedulerOptions.TIMEOUT)));
            case ADAPTIVE -> new AdaptiveBatching();
            case SLACK_HOLDING -> new SlackHoldingBatching(ns(get(settings, SchedulerOptions.GUARD)));
        };
    }

    static ArrivalProcess arrivals(Arrival arrival) throws IOException, TraceParseException {
        return switch (arrival) {
            case PoissonArrival p -> new PoissonArrivals(p.getRateHz());
            case MmppArrival m -> new MmppArrivals(m.getLowRateHz(), m.getHighRateHz(), ns(m.getMeanLowS()), ns(m.getMeanHighS()));
            case DiurnalArrival d -> new DiurnalArrivals(d.getMeanRateHz(), d.getAmplitude(), ns(d.getPeriodS()), 0);
            case TraceArrival t -> trace(t);
            default -> throw new IllegalArgumentException("unknown arrival " + arrival.eClass().getName());
        };
    }

    private static TraceArrivals trace(TraceArrival t) throws IOException, TraceParseException {
        File file = traceFile(t);
        try (Reader in = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8)) {
            return TraceArrivals.parse(in, file.getPath());
        }
    }

    /** The trace's file: as written when absolute, else relative to the folder of the model that names it. */
    public static File traceFile(TraceArrival t) {
        File model = new File(t.eResource().getURI().toFileString()).getAbsoluteFile();
        return new File(t.getFile()).isAbsolute() ? new File(t.getFile()) : new File(model.getParentFile(), t.getFile());
    }

    private static Map<String, Double> settings(Experiment experiment) {
        return settings(experiment.getScheduler());
    }

    static Map<String, Double> settings(org.coltrain.model.Scheduler scheduler) {
        Map<String, Double> values = new HashMap<>();
        for (Setting s : scheduler.getSettings()) values.put(s.getKey(), s.getValue());
        return values;
    }

    static double get(Map<String, Double> settings, SchedulerOptions.Option option) {
        return settings.getOrDefault(option.key(), option.defaultSi());
    }

    public static long ns(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
