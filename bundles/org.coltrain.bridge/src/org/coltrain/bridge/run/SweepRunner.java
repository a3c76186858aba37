package org.coltrain.bridge.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.ModelToSim;
import org.coltrain.bridge.SweepPoints;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.model.Experiment;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointFailure;
import org.coltrain.sim.serve.ServingPoint;
import org.coltrain.sim.serve.arrival.TraceParseException;

/**
 * Runs the points of a sweep in two steps: each point's copy of the model is turned into plain simulator inputs (a
 * {@link ServingPoint}: serving configuration and accelerator) on this JVM, on {@code threads} threads; then the
 * points are simulated by a {@link PointEngine} (this JVM's threads, or a Spark cluster). Each point is a pure function
 * of its inputs (the seed included) and rows come back in point order, so the result depends neither on the number of
 * threads nor on the engine.
 */
final class SweepRunner {

    private final ModelToServing bridge;
    private final int threads;
    private final PointEngine engine;

    SweepRunner(int threads, PolicyCompiler policies, PointEngine engine) {
        this.threads = threads;
        this.bridge = new ModelToServing(policies);
        this.engine = engine;
    }

    /**
     * The rows of every point, in point order; {@code monitor} hears the share of points simulated and may cancel.
     * A point the simulator refuses is a {@link RunException} naming the point.
     */
    List<SweepCsv.Row> run(Experiment experiment, List<SweepPoints.Axis> axes, List<SweepPoints.Point> points, Long seed,
            RunMonitor monitor) throws RunException {
        if (!(engine instanceof InProcessEngine) && experiment.getScheduler().getPolicyClass() != null)
            throw RunException.model("experiment " + experiment.getName() + " uses the user-written policy "
                    + experiment.getScheduler().getPolicyClass() + ", which is compiled in this process and cannot be "
                    + "shipped to the " + engine.name() + " engine; run this sweep with '--engine in-process'", null);
        List<Integer> indexes = IntStream.range(0, points.size()).boxed().toList();
        // Converting reads the EMF model, so it stays in this JVM: the in-process engine never serializes its task.
        List<ServingPoint> inputs = evaluate(new InProcessEngine(threads), indexes,
                i -> input(experiment, axes, points.get(i), seed), axes, points, (done, total) -> monitor.checkCancelled());
        List<ServingPoint.Result> results = evaluate(engine, inputs, ServingPoint.TASK, axes, points, (done, total) -> {
            monitor.checkCancelled();
            monitor.progress("sweep point " + done + " of " + total, (double) done / total);
        });
        List<SweepCsv.Row> rows = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            ServingPoint.Result r = results.get(i);
            rows.add(new SweepCsv.Row(points.get(i).values(), r.result(), r.areaMm2(), r.powerMw()));
        }
        return rows;
    }

    private static <P extends java.io.Serializable, R extends java.io.Serializable> List<R> evaluate(PointEngine engine,
            List<P> work, org.coltrain.sim.exec.PointTask<P, R> task, List<SweepPoints.Axis> axes,
            List<SweepPoints.Point> points, PointEngine.Progress progress) throws RunException {
        try {
            return engine.evaluate(work, task, (done, total) -> {
                try {
                    progress.finished(done, total);
                } catch (RunMonitor.Cancelled c) {
                    throw new PointEngine.Cancelled();
                }
            });
        } catch (PointEngine.Cancelled c) {
            throw new RunMonitor.Cancelled();
        } catch (PointFailure f) {
            Throwable cause = f.getCause();
            int i = f.index();
            if (cause instanceof RunMonitor.Cancelled c) throw c;
            if (cause instanceof IllegalArgumentException || cause instanceof IOException || cause instanceof TraceParseException
                    || cause instanceof PolicyException)
                throw RunException.model("sweep point " + (i + 1) + " (" + describe(axes, points.get(i)) + "): "
                        + cause.getMessage(), cause);
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException(cause);
        }
    }

    private ServingPoint input(Experiment experiment, List<SweepPoints.Axis> axes, SweepPoints.Point point, Long seed)
            throws IOException, TraceParseException, PolicyException {
        Experiment copy = SweepPoints.apply(experiment, axes, point);
        return new ServingPoint(bridge.config(copy, seed), ModelToSim.accelerator(copy.getAccelerator()));
    }

    static String describe(List<SweepPoints.Axis> axes, SweepPoints.Point point) {
        List<String> parts = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) parts.add(axes.get(a).path() + " = " + point.values()[a]);
        return String.join(", ", parts);
    }
}
