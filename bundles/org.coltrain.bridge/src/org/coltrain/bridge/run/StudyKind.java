package org.coltrain.bridge.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.results.EmfJson;
import org.coltrain.bridge.study.StudyOutcome;
import org.coltrain.bridge.study.StudyOutputs;
import org.coltrain.bridge.study.StudyRunner;
import org.coltrain.model.Element;
import org.coltrain.model.Study;
import org.coltrain.model.StudyResult;
import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.study.CapacityMemo;

/**
 * A {@code study}: designs or a design search, workloads, SLO and claims, run by the one {@link StudyRunner} with
 * its result cache (the {@link StudyCache} setting), the claims checked against the published figures.
 */
final class StudyKind implements RunKind {

    @Override
    public String keyword() {
        return "study";
    }

    @Override
    public Class<? extends Element> elementType() {
        return Study.class;
    }

    @Override
    public Prepared prepare(Element element, String modelLabel, RunOptions options) throws RunException {
        Study study = (Study) element;
        StudyCache setting = options.setting(StudyCache.class, StudyCache.DEFAULT);
        Path modelFile = Path.of(study.eResource().getURI().toFileString());
        RunTarget target = new RunTarget(this, study);
        return monitor -> {
            monitor.progress("running study " + study.getName(), 0);
            ResultCache cache = setting.use() == StudyCache.Use.NONE ? ResultCache.inMemory()
                    : ResultCache.at(StudyRunner.defaultCache(modelFile, study));
            String regenerate = "'coltrain study " + study.getName() + " -f " + modelLabel + "' (a shipped study: "
                    + "releng/scripts/update-study-goldens " + study.getName() + ")";
            if (setting.use() == StudyCache.Use.ONLY) cache.requireHits(regenerate);
            List<String> rechecks = CapacityMemo.cheapestCapacities(cache, setting.recheck());
            cache.recheck(rechecks);
            StudyOutcome outcome;
            try {
                outcome = StudyRunner.run(study, cache);
            } catch (TraceParseException | PolicyException e) {
                throw RunException.located(e.getMessage(), e);
            } catch (IOException e) {
                throw RunException.model("study " + study.getName() + ": " + e.getMessage(), e);
            } catch (IllegalStateException e) {
                throw RunException.model("study " + study.getName() + ": " + e.getMessage(), e);
            }
            checkRechecks(cache, rechecks, regenerate);
            StudyResult result = StudyOutputs.toModel(modelLabel, outcome);
            return new StudyOutput(target, study, outcome, rechecks.size(), result, EmfJson.toJson(result));
        };
    }

    /** Every capacity simulated again must equal the cached one, and the study must have read them all. */
    private static void checkRechecks(ResultCache cache, List<String> rechecks, String regenerate) throws RunException {
        if (rechecks.isEmpty()) return;
        StringBuilder why = new StringBuilder();
        for (ResultCache.Recheck r : cache.rechecked())
            if (!r.equal()) why.append("cached ").append(r.description()).append(": ").append(Arrays.toString(r.cached()))
                    .append(", simulated again: ").append(Arrays.toString(r.computed())).append("; ");
        if (why.length() > 0)
            throw RunException.model(why + "the result cache " + cache.file() + " no longer holds what the simulator computes; "
                    + "regenerate it with " + regenerate, null);
        if (cache.rechecked().size() < rechecks.size())
            throw RunException.model("the study read only " + cache.rechecked().size() + " of the " + rechecks.size()
                    + " cached capacities chosen for the recheck; the cache holds entries the study no longer uses: "
                    + "regenerate it with " + regenerate, null);
    }
}
