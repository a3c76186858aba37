package org.coltrain.bridge.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.coltrain.bridge.results.AtomicFiles;
import org.coltrain.model.ClaimResult;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.StudyResult;
import org.coltrain.model.StudyRow;
import org.coltrain.sim.study.ClaimCheck;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.StudyTable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * The data files of a study run, each written atomically: {@code claims.csv}, one CSV per table
 * ({@code <table>.csv}, the key one named in {@code study.properties}) and the study in the results metamodel
 * ({@code results.xmi}). The report is drawn from the
 * same outcome by the report bundle.
 */
public final class StudyOutputs {

    private StudyOutputs() {
    }

    public static StudyResult write(Path dir, String modelPath, StudyOutcome outcome) throws IOException {
        AtomicFiles.writeString(dir.resolve("claims.csv"), ClaimsCsv.write(outcome.claims()));
        for (StudyTable t : outcome.tables()) AtomicFiles.writeString(dir.resolve(t.name() + ".csv"), t.csv());
        // which table is the key one (the golden results keep it beside claims.csv)
        AtomicFiles.writeString(dir.resolve("study.properties"), "study=" + outcome.study() + "\nkind=" + outcome.kind()
                + "\nkey_table=" + (outcome.tables().isEmpty() ? "" : outcome.tables().get(0).name()) + "\n");
        StudyResult result = toModel(modelPath, outcome);
        Resource resource = new XMIResourceImpl(URI.createFileURI(dir.resolve("results.xmi").toAbsolutePath().toString()));
        resource.getContents().add(result);
        AtomicFiles.write(dir.resolve("results.xmi"), out -> resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")));
        return result;
    }

    public static StudyResult toModel(String modelPath, StudyOutcome outcome) {
        ColtrainFactory f = ColtrainFactory.eINSTANCE;
        StudyResult r = f.createStudyResult();
        r.setStudy(outcome.study());
        r.setModel(modelPath);
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
        for (StudyTable t : outcome.tables()) {
            org.coltrain.model.StudyTable m = f.createStudyTable();
            m.setName(t.name());
            m.setTitle(t.title());
            m.getColumns().addAll(t.columns());
            for (var row : t.rows()) {
                StudyRow sr = f.createStudyRow();
                sr.getValues().addAll(row);
                m.getRows().add(sr);
            }
            r.getTables().add(m);
        }
        r.getNotes().addAll(outcome.notes());
        return r;
    }
}
