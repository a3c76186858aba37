package org.coltrain.dsl.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.model.Network;
import org.coltrain.model.Service;
import org.coltrain.model.TraceArrival;
import org.coltrain.model.TrainingJob;
import org.coltrain.sim.serve.ServiceSpec;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.TrainingJobSpec;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.sched.FifoBatchOne;
import org.coltrain.sim.serve.sched.Scheduler;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.NetworkSpec;

/**
 * Turns one experiment into the Java source of a simulation instance. Every value comes from the bridge's own
 * mapping ({@link ModelToSim}, {@link ModelToServing}) and is written as a literal, so a generated run and an
 * interpreted run of the same model build equal inputs and give byte-identical results.json files.
 */
public final class SimulationClassGenerator {

    /** The source of one generated class and where it goes below a source folder. */
    public record GeneratedClass(String packageName, String simpleName, String source) {
        public String qualifiedName() {
            return packageName + "." + simpleName;
        }

        public String path() {
            return packageName.replace('.', '/') + "/" + simpleName + ".java";
        }
    }

    /** Package of classes generated from a model without a {@code package} declaration. */
    public static final String DEFAULT_PACKAGE = "coltrain.generated";

    /**
     * The simulation instance of a validated experiment. {@code modelLabel} is the model's path as results.json
     * names it (the CLI passes the path relative to the working directory).
     */
    public GeneratedClass generate(Experiment experiment, String modelLabel) throws IOException, TraceParseException {
        // A user-written policy is written as code (its class and settings); a built-in as the value the bridge maps.
        org.coltrain.model.Scheduler model = experiment.getScheduler();
        Scheduler builtIn = ModelToServing.builtIn(model);
        SimulationClassWriter.CustomPolicy custom = builtIn != null ? null
                : new SimulationClassWriter.CustomPolicy(model.getPolicyClass(), ModelToServing.policySettings(model));
        ServingConfig config = new ModelToServing().config(experiment, null, builtIn != null ? builtIn : new FifoBatchOne());
        AcceleratorSpec acc = ModelToSim.accelerator(experiment.getAccelerator());
        Map<Network, String> networkConstants = new LinkedHashMap<>();
        Map<String, NetworkSpec> networks = new LinkedHashMap<>();
        List<SimulationClassWriter.ServiceEntry> services = new ArrayList<>();
        for (int i = 0; i < config.services().size(); i++) {
            Service s = experiment.getWorkload().getServices().get(i);
            ServiceSpec spec = config.services().get(i);
            String traceFile = s.getArrival() instanceof TraceArrival t ? ModelToServing.traceFile(t).getPath() : null;
            services.add(new SimulationClassWriter.ServiceEntry(spec,
                    network(s.getNetwork(), networkConstants, networks), field(spec.name(), "Latency"), traceFile));
        }
        List<SimulationClassWriter.JobEntry> jobs = new ArrayList<>();
        for (int j = 0; j < config.trainingJobs().size(); j++) {
            TrainingJob job = experiment.getWorkload().getTrainingJobs().get(j);
            TrainingJobSpec spec = config.trainingJobs().get(j);
            jobs.add(new SimulationClassWriter.JobEntry(spec, network(job.getNetwork(), networkConstants, networks),
                    field(spec.name(), "Profile")));
        }
        String packageName = packageName(experiment);
        String simpleName = className(experiment.getName());
        String source = new SimulationClassWriter(packageName, simpleName, modelLabel, acc, config,
                ModelToServing.granularity(experiment), networks, services, jobs, custom).write();
        return new GeneratedClass(packageName, simpleName, source);
    }

    private static String network(Network network, Map<Network, String> constants, Map<String, NetworkSpec> specs) {
        return constants.computeIfAbsent(network, n -> {
            String base = "NET_" + identifier(n.getName()).toUpperCase(Locale.ROOT), name = base;
            for (int k = 2; specs.containsKey(name); k++) name = base + "_" + k;
            specs.put(name, ModelToSim.network(n));
            return name;
        });
    }

    /** Longest package the generator writes: javac's parser recurses per segment, and no one reads past this. */
    static final int MAX_PACKAGE_SEGMENTS = 16;

    /** Packages a class of ours may not be put in: the JDK's modules own them. */
    private static final java.util.Set<String> JDK_ROOTS = java.util.Set.of("java", "javax", "jdk", "sun", "com.sun");

    /**
     * The model's package as a Java package: each segment a legal identifier (a Java keyword gets a trailing '_'),
     * at most {@link #MAX_PACKAGE_SEGMENTS} segments, and below {@link #DEFAULT_PACKAGE} when it would land in a
     * package of the JDK ({@code package java.lang}).
     */
    static String packageName(Experiment experiment) {
        Model model = (Model) experiment.eContainer();
        if (model == null || model.getName() == null || model.getName().isBlank()) return DEFAULT_PACKAGE;
        List<String> segments = new ArrayList<>();
        for (String segment : model.getName().split("\\.")) {
            if (segments.size() == MAX_PACKAGE_SEGMENTS) break;
            String id = identifier(segment).toLowerCase(Locale.ROOT);
            segments.add(javax.lang.model.SourceVersion.isKeyword(id) ? id + "_" : id);
        }
        String name = String.join(".", segments);
        boolean jdk = JDK_ROOTS.contains(segments.get(0)) || segments.size() > 1 && JDK_ROOTS.contains(segments.get(0) + "." + segments.get(1));
        return jdk ? DEFAULT_PACKAGE + "." + name : name;
    }

    /** {@code Colocation} becomes {@code ColocationSimulation}. */
    public static String className(String experiment) {
        String id = identifier(experiment);
        return Character.toUpperCase(id.charAt(0)) + id.substring(1) + "Simulation";
    }

    private static String field(String name, String suffix) {
        String id = identifier(name);
        return Character.toLowerCase(id.charAt(0)) + id.substring(1) + suffix;
    }

    /** Model names are Xtext IDs (letters, digits, '_', an optional '^'); this keeps what Java allows. */
    private static String identifier(String name) {
        String id = name.replace("^", "").replaceAll("[^A-Za-z0-9_]", "_");
        return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "_" + id : id;
    }
}
