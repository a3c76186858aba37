package org.coltrain.bridge.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.SweepPoints;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.model.Experiment;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Runs the points of a sweep on a fixed number of threads. Each point is a pure function of its copy of the model
 * (and the seed), and rows come back in point order, so the result does not depend on the number of threads.
 */
final class SweepRunner {

    private final ModelToServing bridge;
    private final int threads;

    SweepRunner(int threads, PolicyCompiler policies) {
        this.threads = threads;
        this.bridge = new ModelToServing(policies);
    }

    /**
     * The rows of every point, in point order; {@code monitor} hears the share of points done after each point and
     * may cancel between points. A point the simulator refuses is a {@link RunException} naming the point.
     */
    List<SweepCsv.Row> run(Experiment experiment, List<SweepPoints.Axis> axes, List<SweepPoints.Point> points, Long seed,
            RunMonitor monitor) throws RunException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<SweepCsv.Row>> futures = new ArrayList<>();
            for (SweepPoints.Point point : points) {
                futures.add(pool.submit(() -> {
                    monitor.checkCancelled();
                    SweepCsv.Row row = point(experiment, axes, point, seed);
                    int n = done.incrementAndGet();
                    synchronized (monitor) {
                        monitor.progress("sweep point " + n + " of " + points.size(), (double) n / points.size());
                    }
                    return row;
                }));
            }
            List<SweepCsv.Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    rows.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RunMonitor.Cancelled c) throw c;
                    if (cause instanceof IllegalArgumentException || cause instanceof IOException || cause instanceof TraceParseException
                            || cause instanceof PolicyException)
                        throw RunException.model("sweep point " + (i + 1) + " (" + describe(axes, points.get(i)) + "): "
                                + cause.getMessage(), cause);
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new RunMonitor.Cancelled();
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private SweepCsv.Row point(Experiment experiment, List<SweepPoints.Axis> axes, SweepPoints.Point point, Long seed)
            throws IOException, TraceParseException, PolicyException {
        Experiment copy = SweepPoints.apply(experiment, axes, point);
        AcceleratorSpec acc = ModelToSim.accelerator(copy.getAccelerator());
        AcceleratorCost cost = CostModel.of(acc);
        return new SweepCsv.Row(point.values(), ServingSimulation.run(bridge.config(copy, seed)), cost.areaMm2(), cost.powerMw());
    }

    static String describe(List<SweepPoints.Axis> axes, SweepPoints.Point point) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) parts.add(axes.get(a).path() + " = " + point.values()[a]);
        return String.join(", ", parts);
    }
}
