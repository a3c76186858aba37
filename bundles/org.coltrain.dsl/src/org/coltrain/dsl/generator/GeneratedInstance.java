package org.coltrain.dsl.generator;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.run.SimulationInstance;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.ServingConfig;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * The experiment's generated class, compiled in memory and instantiated. It is called through the methods every
 * generated class has ({@code simulate(long, ProgressListener)}, {@code config(long)}, {@code ACCELERATOR}, {@code SEED}).
 */
public record GeneratedInstance(Object instance, Method simulate, Method config, AcceleratorSpec accelerator, long defaultSeed)
        implements SimulationInstance {

    /** Compiled against the simulator core, the bridge and the JVM class path (a plain JVM such as the CLI's). */
    public static GeneratedInstance of(Experiment experiment, String modelLabel)
            throws IOException, TraceParseException, InstanceCompiler.NoCompilerException, PolicyException {
        return of(experiment, modelLabel, InstanceCompiler.classPath(), GeneratedInstance.class.getClassLoader());
    }

    /**
     * Compiled against {@code classPath} and loaded as a child of {@code parent}, which must see the simulator core
     * (in OSGi the class path names the bundles' jars and the parent is a bundle's class loader). A user-written
     * policy is compiled from the user's project first, and built once with its settings, so that its errors are
     * reported before anything runs.
     */
    public static GeneratedInstance of(Experiment experiment, String modelLabel, String classPath, ClassLoader parent)
            throws IOException, TraceParseException, InstanceCompiler.NoCompilerException, PolicyException {
        PolicyCompiler.Compiled policy = null;
        org.coltrain.model.Scheduler scheduler = experiment.getScheduler();
        if (scheduler.getPolicyClass() != null) {
            PolicyCompiler policies = new PolicyCompiler(classPath, parent);
            policy = policies.compile(ModelToServing.modelFile(scheduler), scheduler.getPolicyClass());
            policies.instantiate(policy, ModelToServing.policySettings(scheduler), ModelToServing.modelFile(scheduler));
        }
        Class<?> type = InstanceCompiler.compile(new SimulationClassGenerator().generate(experiment, modelLabel), classPath, parent, policy);
        try {
            return new GeneratedInstance(type.getConstructor().newInstance(),
                    type.getMethod("simulate", long.class, ProgressListener.class), type.getMethod("config", long.class),
                    (AcceleratorSpec) type.getField("ACCELERATOR").get(null), type.getField("SEED").getLong(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated " + type.getName() + " lacks the generated API", e);
        }
    }

    @Override
    public SimulationResult simulate(Long seed, int traceIntervals, ProgressListener progress) {
        try {
            long s = seed != null ? seed : defaultSeed;
            if (traceIntervals == 0) return (SimulationResult) simulate.invoke(instance, s, progress);
            // the generated simulate(seed, progress) is run(config(seed), progress); tracing only adds a recorder
            ServingConfig c = (ServingConfig) config.invoke(instance, s);
            return ServingSimulation.run(c.toBuilder().traceIntervals(traceIntervals).build(), progress);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
