package org.coltrain.sim.serve.result;

import java.util.List;

/**
 * The outcome of one serving run, warm-up excluded (except {@link RequestAccounting}, which covers the run).
 * Same config and seed: an equal record, bit for bit.
 *
 * @param simulatedSeconds     the whole run, warm-up included
 * @param measuredSeconds      the window the metrics cover
 * @param utilization          busy time (inference + training + context switches) / window
 * @param maxTrainingDelayNs   longest time an inference batch was ready but waited for training to yield
 *                             (rest of a segment plus the context switch), over the whole run
 * @param events               events the engine processed (for the benchmark)
 * @param trace                the first work intervals of the window when the config asked for them, else empty
 */
public record SimulationResult(String experiment, long seed, String scheduler, double simulatedSeconds,
        double measuredSeconds, List<ServiceResult> services, List<TrainingResult> training, double utilization,
        double inferenceUtilization, double trainingUtilization, double switchUtilization, double energyJ,
        double averagePowerW, long maxTrainingDelayNs, long events, TimeSeries timeSeries,
        ScheduleTrace trace) implements java.io.Serializable {

    public SimulationResult {
        services = List.copyOf(services);
        training = List.copyOf(training);
    }

    public ServiceResult service(String name) {
        for (ServiceResult s : services) if (s.name().equals(name)) return s;
        throw new IllegalArgumentException("no service " + name);
    }

    public TrainingResult trainingJob(String name) {
        for (TrainingResult t : training) if (t.name().equals(name)) return t;
        throw new IllegalArgumentException("no training job " + name);
    }
}
