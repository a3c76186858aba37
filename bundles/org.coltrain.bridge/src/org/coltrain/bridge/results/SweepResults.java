package org.coltrain.bridge.results;

import java.util.List;

import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.RunResult;
import org.coltrain.model.SweepPoint;
import org.coltrain.model.SweepResult;

/** A sweep's rows as the results metamodel: per point its swept values and its run's results (without time series). */
public final class SweepResults {

    private SweepResults() {
    }

    public static SweepResult toModel(String modelFile, String experiment, long seed, List<String> paths, List<SweepCsv.Row> rows) {
        SweepResult sweep = ColtrainFactory.eINSTANCE.createSweepResult();
        ResultsToModel.stamp(sweep, modelFile, seed);
        sweep.setExperiment(experiment);
        sweep.getPaths().addAll(paths);
        for (SweepCsv.Row row : rows) {
            SweepPoint point = ColtrainFactory.eINSTANCE.createSweepPoint();
            for (double v : row.values()) point.getValues().add(v);
            RunResult run = ResultsToModel.toModel(modelFile, row.areaMm2(), row.powerMw(), row.result(), null);
            // the sweep compares points by their totals; each point's curves over time stay out of the file
            run.getSeries().clear();
            point.setRun(run);
            sweep.getPoints().add(point);
        }
        return sweep;
    }
}
