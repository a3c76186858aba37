package org.coltrain.bridge.study;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToSim;
import org.coltrain.model.Encoding;
import org.coltrain.model.Study;
import org.coltrain.sim.numerics.AccuracyRow;
import org.coltrain.sim.numerics.NumericsExperiments;
import org.coltrain.sim.study.StudyTable;

/**
 * The accuracy question: the numerics harness trains its model (UCI digits) with FP32 and with each encoding on
 * every GEMM operand, same seed; the drop is FP32's test accuracy minus the encoding's.
 */
final class AccuracyQuestion {

    private AccuracyQuestion() {
    }

    static StudyOutcome run(Study study) {
        String model = study.getModel() != null ? study.getModel() : "mlp";
        int epochs = study.isSetEpochs() ? study.getEpochs() : NumericsExperiments.defaultEpochs(model);
        AccuracyRow fp32 = NumericsExperiments.train("fp32", model, epochs, study.getSeed());
        Figures f = new Figures("accuracy");
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(fp32, 0));
        for (Encoding e : study.getEncodings()) {
            String name = ModelToSim.encoding(e).shortName();
            AccuracyRow r = NumericsExperiments.train(name, model, epochs, study.getSeed());
            double drop = fp32.testAccuracy() - r.testAccuracy();
            f.put("accuracy_drop", name, drop, List.of());
            rows.add(row(r, drop));
        }
        StudyTable t = new StudyTable("accuracy", "Test accuracy of the numerics harness " + model + " (" + epochs
                + " epochs, seed " + study.getSeed() + ")", List.of("encoding", "test_accuracy", "train_accuracy",
                        "drop_vs_fp32"), rows);
        return new StudyOutcome(study.getName(), "accuracy", f.check(study), List.of(t),
                List.of("one seed; the harness trains on the 8 x 8 UCI digits, not the paper's ImageNet/CIFAR models"),
                null);
    }

    private static List<String> row(AccuracyRow r, double drop) {
        return List.of(r.encoding(), CapacityQuestion.f("%.4f", r.testAccuracy()),
                CapacityQuestion.f("%.4f", r.trainAccuracy()), CapacityQuestion.f("%.4f", drop));
    }
}
