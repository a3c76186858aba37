package org.coltrain.bridge.run;

import java.util.List;

import org.coltrain.bridge.SweepPoints;
import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.bridge.results.SweepResults;
import org.coltrain.model.Element;
import org.coltrain.model.Experiment;
import org.coltrain.model.SweepResult;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;

/**
 * An experiment's sweep: every combination of its {@code sweep} entries, each point simulated (interpreted) with the
 * experiment's seed by the {@link PointEngine} setting of the run options (default: the in-process engine on
 * {@link RunOptions#jobs()} threads). Writes to {@code out/<experiment>-sweep/} by default, so
 * the experiment's own run and its sweep keep their folders.
 */
final class SweepKind implements RunKind {

    @Override
    public String keyword() {
        return "sweep";
    }

    @Override
    public Class<? extends Element> elementType() {
        return Experiment.class;
    }

    @Override
    public boolean runs(Element element) {
        return element instanceof Experiment e && !e.getSweeps().isEmpty();
    }

    @Override
    public String defaultFolder(Element element) {
        return element.getName() + "-sweep";
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        Experiment experiment = (Experiment) element;
        List<SweepPoints.Axis> axes = SweepPoints.axes(experiment);
        if (axes.isEmpty())
            throw RunException.model("experiment " + experiment.getName() + " has no 'sweep' entries; add one, e.g. "
                    + "'sweep durationS in [1 s, 2 s]'", null);
        List<SweepPoints.Point> points = SweepPoints.points(axes);
        List<String> paths = axes.stream().map(SweepPoints.Axis::path).toList();
        long seed = options.seed() != null ? options.seed() : experiment.getSeed();
        RunTarget target = new RunTarget(this, experiment);
        return monitor -> {
            monitor.progress("sweep of " + experiment.getName() + ": " + points.size() + " points", 0);
            long start = System.nanoTime();
            PointEngine engine = options.setting(PointEngine.class, new InProcessEngine(options.jobs()));
            List<SweepCsv.Row> rows = new SweepRunner(options.jobs(), options.setting(PolicyCompiler.class, PolicyCompiler.plainJvm()),
                    engine).run(experiment, axes, points, options.seed(), monitor);
            double seconds = (System.nanoTime() - start) / 1e9;
            SweepResult result = SweepResults.toModel(modelLabel, experiment.getName(), seed, paths, rows);
            return new SweepOutput(target, paths, rows,
                    engine instanceof InProcessEngine ? options.jobs() + " threads" : "the " + engine.name() + " engine", seconds, result, EmfJson.toJson(result));
        };
    }
}
