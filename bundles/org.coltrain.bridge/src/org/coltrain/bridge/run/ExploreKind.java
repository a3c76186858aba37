package org.coltrain.bridge.run;

import java.util.List;

import org.coltrain.bridge.ModelToExplore;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.results.ExploreTables;
import org.coltrain.model.Element;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.ExploreResult;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.Candidates;
import org.coltrain.sim.dse.ExploreOutcome;
import org.coltrain.sim.dse.ParetoSearch;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointFailure;
import org.coltrain.sim.study.StudyTable;

/**
 * An {@code explore}: the search block's candidates inside its envelope, searched by the element's strategy with
 * {@link ParetoSearch}, each measured candidate evaluated by the {@link PointEngine} setting of the run options
 * (default: the in-process engine on {@link RunOptions#jobs()} threads). Every row is the same whatever the engine.
 */
final class ExploreKind implements RunKind {

    @Override
    public String keyword() {
        return "explore";
    }

    @Override
    public Class<? extends Element> elementType() {
        return Explore.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        Explore explore = (Explore) element;
        if (explore.getSearch() == null || explore.getWorkload() == null || explore.getObjectives().isEmpty()
                || explore.getWorkload().getServices().isEmpty())
            throw RunException.model("explore " + explore.getName() + " needs a search, a workload with a service and "
                    + "objectives; 'coltrain validate' says what is missing", null);
        if (explore.getObjectives().contains(ExploreObjective.TRAINING)
                && (explore.getWorkload().getTrainingJobs().isEmpty() || !explore.isSetTrainingLoadHz()))
            throw RunException.model("explore " + explore.getName() + ": the training objective needs a training job in "
                    + "workload " + explore.getWorkload().getName() + " and a load ('training at 1000 /s')", null);
        ModelToExplore.Problem problem;
        try {
            problem = ModelToExplore.problem(explore, options.seed());
        } catch (IllegalArgumentException e) {
            throw RunException.model("explore " + explore.getName() + ": " + e.getMessage(), e);
        }
        List<Candidate> candidates = Candidates.enumerate(problem.template(), problem.space(), problem.envelope());
        if (candidates.isEmpty())
            throw RunException.model("explore " + explore.getName() + ": none of the " + problem.space().size()
                    + " combinations of its search fits the envelope; raise the area or power, or try smaller arrays", null);
        RunTarget target = new RunTarget(this, explore);
        return monitor -> {
            String task = "explore " + explore.getName() + ": " + candidates.size() + " candidates";
            monitor.progress(task, 0);
            PointEngine engine = options.setting(PointEngine.class, new InProcessEngine(options.jobs()));
            long start = System.nanoTime();
            ExploreOutcome outcome;
            try {
                outcome = ParetoSearch.run(problem.space(), candidates, problem.objectives(), problem.strategy(),
                        problem.seed(), engine, (visited, planned) -> {
                            if (monitor.cancelled()) throw new PointEngine.Cancelled();
                            monitor.progress(task + ", " + visited + " of " + planned + " visited",
                                    Math.min(1.0, (double) visited / Math.max(1, planned)));
                        });
            } catch (PointFailure e) {
                if (e.getCause() instanceof RunMonitor.Cancelled c) throw c;
                throw RunException.model("explore " + explore.getName() + ": a candidate's measurement failed: "
                        + e.getCause().getMessage(), e);
            } catch (PointEngine.Cancelled e) {
                throw new RunMonitor.Cancelled();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            List<StudyTable> tables = ExploreTables.of(outcome);
            ExploreResult result = ExploreTables.toModel(modelLabel, explore.getName(), problem.seed(), outcome, tables);
            return new ExploreOutput(target, outcome, tables, engine instanceof InProcessEngine ? options.jobs() + " threads"
                    : "the " + engine.name() + " engine", seconds, result, EmfJson.toJson(result));
        };
    }
}
