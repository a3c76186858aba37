package org.coltrain.sim.numerics.train;

/**
 * Softmax followed by cross-entropy against integer labels, in FP32 with {@link StrictMath} so results are the
 * same on every JVM. The gradient with respect to the logits is {@code (softmax - onehot) / batch} (the mean loss's).
 */
public final class SoftmaxCrossEntropy {

    private SoftmaxCrossEntropy() {}

    /** Writes the gradient into {@code gradLogits} and returns the mean loss over the batch. */
    public static double lossAndGradient(float[] logits, int[] labels, int labelFrom, int batch, int classes,
            float[] gradLogits) {
        double loss = 0;
        for (int r = 0; r < batch; r++) {
            int row = r * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) max = Math.max(max, logits[row + c]);
            float sum = 0f;
            for (int c = 0; c < classes; c++) {
                float e = (float) StrictMath.exp(logits[row + c] - max);
                gradLogits[row + c] = e;
                sum += e;
            }
            int label = labels[labelFrom + r];
            // log-softmax as (x - max) - log(sum): finite even when the label's probability underflows in FP32
            loss -= (logits[row + label] - max) - StrictMath.log(sum);
            for (int c = 0; c < classes; c++)
                gradLogits[row + c] = (gradLogits[row + c] / sum - (c == label ? 1f : 0f)) / batch;
        }
        return loss / batch;
    }

    /** Index of the largest logit of row {@code r} (the first one on ties). */
    public static int argmax(float[] logits, int r, int classes) {
        int best = 0;
        for (int c = 1; c < classes; c++) if (logits[r * classes + c] > logits[r * classes + best]) best = c;
        return best;
    }
}
