package org.coltrain.bridge.run;

import org.coltrain.model.BalancingResult;
import org.coltrain.model.ColtrainFactory;
import org.coltrain.model.FleetResult;
import org.coltrain.model.GradientAccuracyResult;
import org.coltrain.model.GradientEncodingResult;
import org.coltrain.model.ScalingResult;
import org.coltrain.sim.cluster.ClusterStudies;

/** The studies of a cluster run into its FleetResult (SI units: us become s). */
final class FleetStudyResults {

    private static final ColtrainFactory F = ColtrainFactory.eINSTANCE;

    private FleetStudyResults() {
    }

    static void add(FleetResult m, FleetStudies.Outcome o) {
        for (ClusterStudies.ScalingPoint p : o.scaling()) {
            ScalingResult x = F.createScalingResult();
            x.setAccelerators(p.accelerators());
            x.setSamplesPerS(p.samplesPerS());
            x.setScalingEfficiency(p.scalingEfficiency());
            x.setCommunicationShare(p.communicationShare());
            x.setAllReduceS(p.allReduceUs() * 1e-6);
            x.setMeanStepS(p.meanStepUs() * 1e-6);
            x.getServices().addAll(p.services());
            for (double us : p.p99Us()) x.getP99S().add(us * 1e-6);
            m.getScaling().add(x);
        }
        for (ClusterStudies.PolicyPoint p : o.policies()) {
            BalancingResult x = F.createBalancingResult();
            x.setPolicy(p.policy());
            x.setLoadFactor(p.loadFactor());
            x.setService(p.service());
            x.setOfferedPerS(p.offeredPerS());
            x.setP99S(p.p99Us() * 1e-6);
            x.setSloS(p.sloUs() * 1e-6);
            x.setSloViolationRate(p.sloViolationRate());
            x.setTrainingSamplesPerS(p.trainingSamplesPerS());
            m.getBalancing().add(x);
        }
        for (ClusterStudies.EncodingPoint p : o.encodings()) {
            GradientEncodingResult x = F.createGradientEncodingResult();
            x.setEncoding(p.encoding());
            x.setGradientBytes(p.gradientBytes());
            x.setAllReduceS(p.allReduceUs() * 1e-6);
            x.setCommunicationShare(p.communicationShare());
            x.setSamplesPerS(p.samplesPerS());
            x.setSteadySamplesPerS(p.steadySamplesPerS());
            m.getGradientEncodings().add(x);
        }
        for (FleetStudies.GradientAccuracy a : o.accuracy()) {
            GradientAccuracyResult x = F.createGradientAccuracyResult();
            x.setEncoding(a.encoding());
            x.setEpochs(a.epochs());
            x.setTestAccuracy(a.with().testAccuracy());
            x.setFp32TestAccuracy(a.fp32().testAccuracy());
            x.setFinalTrainLoss(a.with().finalTrainLoss());
            x.setFp32FinalTrainLoss(a.fp32().finalTrainLoss());
            m.getGradientAccuracy().add(x);
        }
    }
}
