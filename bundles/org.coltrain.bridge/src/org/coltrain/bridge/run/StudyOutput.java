package org.coltrain.bridge.run;

import java.io.PrintWriter;
import java.util.Map;

import org.coltrain.bridge.study.StudyOutcome;
import org.coltrain.bridge.study.StudyOutputs;
import org.coltrain.bridge.study.StudySummary;
import org.coltrain.model.Study;
import org.coltrain.model.StudyResult;

/** A study's run: claims checked, tables, notes; claims.csv, a CSV per table and study.properties. */
public record StudyOutput(RunTarget target, Study study, StudyOutcome outcome, int rechecked, StudyResult result,
        String resultsJson) implements RunOutput {

    @Override
    public Map<String, String> tables() {
        return StudyOutputs.files(outcome);
    }

    @Override
    public void summary(PrintWriter out) {
        if (rechecked > 0) out.println("rechecked " + rechecked + " cached capacities: bit-identical to a new simulation");
        StudySummary.print(outcome, out);
        out.flush();
    }
}
