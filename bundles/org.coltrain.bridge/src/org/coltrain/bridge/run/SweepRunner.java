package org.coltrain.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.SweepPoints;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.model.Experiment;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.ServingSimulation;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Runs the points of a sweep on a fixed number of threads. Each point is a pure function of its copy of the model
 * (the experiment's own seed included), and rows come back in point order, so the result does not depend on the
 * number of threads. Latency tables are shared between points that have the same accelerator and network.
 */
final class SweepRunner {

    /** A point the simulator refused (its values make the model inconsistent), with the point named. */
    static final class PointException extends Exception {
        private static final long serialVersionUID = 1L;

        PointException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ModelToServing bridge = new ModelToServing();
    private final int threads;

    SweepRunner(int threads) {
        this.threads = threads;
    }

    /** The rows of every point, in point order; {@code progress} hears (points done, points) after each point. */
    List<SweepCsv.Row> run(Experiment experiment, List<SweepPoints.Axis> axes, List<SweepPoints.Point> points,
            ProgressListener progress) throws PointException, InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<SweepCsv.Row>> futures = new ArrayList<>();
            for (SweepPoints.Point point : points) {
                futures.add(pool.submit(() -> {
                    SweepCsv.Row row = point(experiment, axes, point);
                    int n = done.incrementAndGet();
                    synchronized (progress) {
                        progress.progress(n, points.size());
                    }
                    return row;
                }));
            }
            List<SweepCsv.Row> rows = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    rows.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IllegalArgumentException || e.getCause() instanceof IOException
                            || e.getCause() instanceof TraceParseException)
                        throw new PointException("sweep point " + (i + 1) + " (" + describe(axes, points.get(i)) + "): "
                                + e.getCause().getMessage(), e.getCause());
                    throw new IllegalStateException(e.getCause());
                }
            }
            return rows;
        } finally {
            pool.shutdownNow();
        }
    }

    private SweepCsv.Row point(Experiment experiment, List<SweepPoints.Axis> axes, SweepPoints.Point point)
            throws IOException, TraceParseException {
        Experiment copy = SweepPoints.apply(experiment, axes, point);
        AcceleratorSpec acc = ModelToSim.accelerator(copy.getAccelerator());
        AcceleratorCost cost = CostModel.of(acc);
        return new SweepCsv.Row(point.values(), ServingSimulation.run(bridge.config(copy, null)), cost.areaMm2(), cost.powerMw());
    }

    static String describe(List<SweepPoints.Axis> axes, SweepPoints.Point point) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) parts.add(axes.get(a).path() + " = " + point.values()[a]);
        return String.join(", ", parts);
    }
}
