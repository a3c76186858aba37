package org.coltrain.dsl.validation;

import java.io.File;
import java.util.HashSet;
import java.util.Set;

import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.DiurnalArrival;
import org.coltrain.model.Element;
import org.coltrain.model.Model;
import org.coltrain.model.Service;
import org.coltrain.model.TraceArrival;
import org.coltrain.model.TrainingJob;
import org.coltrain.model.Workload;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Names, services, arrival processes and training jobs. */
public class WorkloadValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkElementNamesUnique(Model model) {
        Set<String> names = new HashSet<>();
        for (Element e : model.getElements())
            if (e.getName() != null && !names.add(e.getName()))
                error("'" + e.getName() + "' is defined twice in this file; rename one", e,
                        ColtrainPackage.Literals.ELEMENT__NAME, IssueCodes.DUPLICATE_NAME);
    }

    @Check
    public void checkWorkloadNamesUnique(Workload workload) {
        Set<String> names = new HashSet<>();
        for (Service s : workload.getServices())
            if (s.getName() != null && !names.add(s.getName()))
                error("'" + s.getName() + "' is defined twice in workload '" + workload.getName() + "'; rename one", s,
                        ColtrainPackage.Literals.SERVICE__NAME, IssueCodes.DUPLICATE_NAME);
        for (TrainingJob j : workload.getTrainingJobs())
            if (j.getName() != null && !names.add(j.getName()))
                error("'" + j.getName() + "' is defined twice in workload '" + workload.getName() + "'; rename one", j,
                        ColtrainPackage.Literals.TRAINING_JOB__NAME, IssueCodes.DUPLICATE_NAME);
    }

    @Check
    public void checkPercentile(Service service) {
        double p = service.getSloPercentile();
        if (p <= 0 || p >= 100)
            error("the SLO percentile must lie strictly between 0 and 100 (e.g. 99 or 99.9), not "
                    + org.coltrain.dsl.units.Quantities.formatNumber(p), service,
                    ColtrainPackage.Literals.SERVICE__SLO_PERCENTILE, IssueCodes.PERCENTILE_RANGE, "99");
    }

    @Check
    public void checkAmplitude(DiurnalArrival diurnal) {
        if (diurnal.getAmplitude() < 0 || diurnal.getAmplitude() > 1)
            error("a diurnal amplitude must be between 0 and 1 (or 0 % and 100 %): the rate may not go negative",
                    diurnal, ColtrainPackage.Literals.DIURNAL_ARRIVAL__AMPLITUDE, IssueCodes.AMPLITUDE_RANGE);
    }

    @Check
    public void checkTraceFile(TraceArrival trace) {
        File file = traceFile(trace);
        if (file != null && !file.isFile())
            error("trace file '" + trace.getFile() + "' not found (looked at " + file.getPath()
                    + "); give a path relative to this model file", trace,
                    ColtrainPackage.Literals.TRACE_ARRIVAL__FILE, IssueCodes.TRACE_FILE_MISSING);
    }

    /** The trace file resolved against the model file's folder; null when the model is not on disk. */
    public static File traceFile(TraceArrival trace) {
        if (trace.getFile() == null || trace.eResource() == null) return null;
        URI uri = trace.eResource().getURI();
        if (!uri.isFile()) return null;
        File f = new File(trace.getFile());
        return f.isAbsolute() ? f : new File(new File(uri.toFileString()).getAbsoluteFile().getParentFile(), trace.getFile());
    }
}
