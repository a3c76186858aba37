package org.coltrain.cli;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.coltrain.dsl.generator.SimulationClassGenerator;
import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * The experiment's generated class, compiled in memory and instantiated. It is called through the methods every
 * generated class has ({@code simulate(long, ProgressListener)}, {@code ACCELERATOR}, {@code SEED}).
 */
record GeneratedInstance(Object instance, Method simulate, AcceleratorSpec accelerator, long defaultSeed) implements SimulationInstance {

    static GeneratedInstance of(Experiment experiment, String modelLabel)
            throws IOException, TraceParseException, InstanceCompiler.NoCompilerException {
        Class<?> type = InstanceCompiler.compile(new SimulationClassGenerator().generate(experiment, modelLabel));
        try {
            return new GeneratedInstance(type.getConstructor().newInstance(),
                    type.getMethod("simulate", long.class, ProgressListener.class),
                    (AcceleratorSpec) type.getField("ACCELERATOR").get(null), type.getField("SEED").getLong(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated " + type.getName() + " lacks the generated API", e);
        }
    }

    @Override
    public SimulationResult simulate(Long seed, ProgressListener progress) {
        try {
            return (SimulationResult) simulate.invoke(instance, seed != null ? seed : defaultSeed, progress);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
