package org.coltrain.bridge.study;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.ClaimResult;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.StudyResult;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.StudyTable;

/**
 * The data files of a study run: {@code claims.csv}, one CSV per table ({@code <table>.csv}, the key one named in
 * {@code study.properties}), and the study in the results metamodel (results.xmi). The run's writer
 * ({@link org.coltrain.bridge.run.RunFiles}) puts them into the output folder; the report is drawn from the same
 * outcome by the report bundle.
 */
public final class StudyOutputs {

    private StudyOutputs() {
    }

    /** The data files by name, in the order they are written: claims.csv, one CSV per table, study.properties. */
    public static Map<String, String> files(StudyOutcome outcome) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("claims.csv", ClaimsCsv.write(outcome.claims()));
        for (StudyTable t : outcome.tables()) files.put(t.name() + ".csv", t.csv());
        // which table is the key one (the golden results keep it beside claims.csv)
        files.put("study.properties", "study=" + outcome.study() + "\nkind=" + outcome.kind() + "\nkey_table="
                + (outcome.tables().isEmpty() ? "" : outcome.tables().get(0).name()) + "\n");
        return files;
    }

    public static StudyResult toModel(String modelPath, StudyOutcome outcome) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        StudyResult r = f.createStudyResult();
        r.setStudy(outcome.study());
        ResultsToModel.stamp(r, modelPath);
        for (ClaimCheck c : outcome.claims()) {
            ClaimResult m = f.createClaimResult();
            m.setClaim(c.claim().name());
            m.setSource(c.claim().source());
            m.setPublished(c.claim().published());
            m.setOurs(c.ours());
            m.setUnit(c.unit());
            m.setTolerance(c.claim().tolerance());
            m.setVerdict(c.verdict().label());
            m.getDependsOn().addAll(c.dependsOn());
            r.getClaims().add(m);
        }
        for (StudyTable t : outcome.tables()) r.getTables().add(ResultsToModel.table(t));
        r.getNotes().addAll(outcome.notes());
        return r;
    }
}
