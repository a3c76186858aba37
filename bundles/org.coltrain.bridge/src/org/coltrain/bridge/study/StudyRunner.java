package org.coltrain.bridge.study;

import java.io.IOException;
import java.nio.file.Path;

import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.model.Study;
import org.coltrain.sim.dse.ResultCache;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.study.CapacityMemo;

/**
 * The one study runner, shared by {@code coltrain study}, {@code coltrain run} and the IDE: a validated study element
 * in, its {@link StudyOutcome} out (claims checked, tables, notes). Simulated capacities go through the result cache
 * at {@code cacheFile} (null: a cache for this run only), which is saved before returning; after a complete run it
 * holds exactly the results that run read or simulated.
 */
public final class StudyRunner {

    private StudyRunner() {
    }

    /** The cache file of a study in a model file: {@code <model dir>/cache/<study>.tsv}. */
    public static Path defaultCache(Path modelFile, Study study) {
        Path dir = modelFile.toAbsolutePath().getParent();
        return dir.resolve("cache").resolve(study.getName() + ".tsv");
    }

    public static StudyOutcome run(Study study, Path cacheFile)
            throws IOException, TraceParseException, PolicyException {
        return run(study, cacheFile == null ? ResultCache.inMemory() : ResultCache.at(cacheFile));
    }

    /** The same with a cache the caller configured (e.g. one that {@link ResultCache#requireHits requires hits}). */
    public static StudyOutcome run(Study study, ResultCache cache)
            throws IOException, TraceParseException, PolicyException {
        CapacityMemo memo = new CapacityMemo(cache);
        try {
            StudyOutcome outcome = switch (study.getKind()) {
                case CAPACITY -> CapacityQuestion.run(study, memo);
                case COLOCATION -> CoLocationQuestion.run(study, memo);
                case COST -> CostQuestion.run(study);
                case ACCURACY -> AccuracyQuestion.run(study);
                case MAPPING -> MappingQuestion.run(study);
                case SUPERNET -> SuperNetQuestion.run(study);
                case SCALING -> ScalingQuestion.run(study);
            };
            cache.retainUsed(); // a complete run: the file keeps what it used
            return outcome;
        } finally {
            cache.save();
        }
    }
}
