package org.coltrain.dsl.validation;

import java.util.List;
import java.util.Locale;

import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Study;
import org.coltrain.model.StudyClaim;
import org.coltrain.model.StudyVariant;
import org.coltrain.model.StudyWorkload;
import org.coltrain.sim.study.StudyMetric;
import org.coltrain.sim.study.StudyMetrics;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Checks of a study: the parts its question needs, and that each claim names a metric the question computes. */
public class StudyValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkClaimMetric(StudyClaim claim) {
        if (!(claim.eContainer() instanceof Study study) || claim.getMetric() == null) return;
        String kind = study.getKind().getLiteral();
        if (StudyMetrics.find(kind, claim.getMetric()).isPresent()) return;
        List<String> known = StudyMetrics.of(kind).stream().map(StudyMetric::name).toList();
        error("a " + kind + " study computes no metric '" + claim.getMetric() + "'; use one of " + String.join(", ", known),
                claim, ColtrainPackage.Literals.STUDY_CLAIM__METRIC, IssueCodes.STUDY_UNKNOWN_METRIC,
                known.toArray(String[]::new));
    }

    /** A variant's weights replace those of the study's workloads: each must name one of them. */
    @Check
    public void checkVariantWeights(StudyVariant v) {
        if (!(v.eContainer() instanceof Study study)) return;
        for (StudyWorkload w : v.getWeights()) {
            if (w.getNetwork() == null || w.getNetwork().eIsProxy()) continue;
            if (study.getWorkloads().stream().anyMatch(sw -> sw.getNetwork() == w.getNetwork())) continue;
            error("variant '" + v.getName() + "' weights network " + w.getNetwork().getName() + ", which is not a "
                    + "workload of study '" + study.getName() + "'; add 'workload " + w.getNetwork().getName()
                    + "' to the study or remove it from the variant", w, ColtrainPackage.Literals.STUDY_WORKLOAD__NETWORK,
                    IssueCodes.STUDY_VARIANT_WORKLOAD);
        }
    }

    @Check
    public void checkRequiredParts(Study s) {
        switch (s.getKind()) {
            case CAPACITY -> {
                if (s.getSearch() == null) missing(s, "search", "'search within area 200 mm2 power 75 W { ... }'", ColtrainPackage.Literals.STUDY__SEARCH);
                else if (s.getSearch().getRoles().size() != 2)
                    missing(s, "two search roles (baseline, then design under test)", "'role latency_optimal scheduler fifo'", ColtrainPackage.Literals.STUDY__SEARCH);
                needWorkloadAndSlo(s);
            }
            case COLOCATION -> {
                if (s.getDesigns().size() != 2)
                    missing(s, "two designs (serving and training, then dedicated training)", "'designs Equinox, Trainer'", ColtrainPackage.Literals.STUDY__DESIGNS);
                needWorkloadAndSlo(s);
                if (!s.isSetTrainingBatch()) missing(s, "training batch", "'training batch 8'", ColtrainPackage.Literals.STUDY__TRAINING_BATCH);
                if (s.getLoads().isEmpty()) missing(s, "loads", "'loads 10 %, 50 %'", ColtrainPackage.Literals.STUDY__LOADS);
            }
            case COST -> {
                if (s.getDesigns().size() != 2)
                    missing(s, "two designs (reference, then compared)", "'designs Fixed8Chip, HbfpChip'", ColtrainPackage.Literals.STUDY__DESIGNS);
            }
            case ACCURACY -> {
                if (s.getEncodings().isEmpty()) missing(s, "encodings", "'encodings hbfp 8'", ColtrainPackage.Literals.STUDY__ENCODINGS);
            }
            case MAPPING -> subject(s, ColtrainPackage.Literals.CHANNEL_MAPPING, "a mapping");
            case SUPERNET -> subject(s, ColtrainPackage.Literals.SUPER_NET_SERVING, "a serving");
            case SCALING -> {
                subject(s, ColtrainPackage.Literals.CLUSTER, "a cluster");
                if (s.getSizes().isEmpty()) missing(s, "sizes", "'sizes 8, 64'", ColtrainPackage.Literals.STUDY__SIZES);
            }
        }
    }

    private void needWorkloadAndSlo(Study s) {
        if (s.getWorkloads().isEmpty()) missing(s, "workload", "'workload MyNetwork weight 50 %'", ColtrainPackage.Literals.STUDY__WORKLOADS);
        if (!s.isSetSloLatencyS()) missing(s, "slo", "'slo 500 us at percentile 99'", ColtrainPackage.Literals.STUDY__SLO_LATENCY_S);
    }

    private void subject(Study s, org.eclipse.emf.ecore.EClass type, String what) {
        if (s.getSubject() == null || !type.isInstance(s.getSubject()))
            missing(s, "subject (" + what + " element)", "'subject " + type.getName().toLowerCase(Locale.ROOT) + "Name'",
                    ColtrainPackage.Literals.STUDY__SUBJECT);
    }

    private void missing(Study s, String part, String example, EStructuralFeature feature) {
        error("study '" + s.getName() + "' has no " + part + "; add " + example, s, ColtrainPackage.Literals.ELEMENT__NAME,
                IssueCodes.STUDY_MISSING_PART, feature.getName());
    }
}
