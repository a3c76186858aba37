package org.coltrain.sim.numerics;

import java.util.List;

/**
 * Test accuracy of one encoding over several seeds: mean, sample standard deviation (n - 1), min and max, and
 * the same for the FP32 runs with the same seeds. {@link #withinSeedNoise} when the two [min, max] ranges overlap:
 * then some seed does as well with the encoding as some seed does in FP32, and the difference of the means is
 * not told apart from the spread between seeds.
 */
public record AccuracySummary(String encoding, String model, int seeds, double mean, double standardDeviation,
        double min, double max, double fp32Mean, double fp32Min, double fp32Max) {

    public boolean withinSeedNoise() {
        return min <= fp32Max && fp32Min <= max;
    }

    public double differenceFromFp32() {
        return mean - fp32Mean;
    }

    /** Summarises runs of one encoding against the FP32 runs of the same model. */
    public static AccuracySummary of(List<AccuracyRow> runs, List<AccuracyRow> fp32Runs) {
        Stats s = Stats.of(runs), f = Stats.of(fp32Runs);
        AccuracyRow first = runs.get(0);
        return new AccuracySummary(first.encoding(), first.model(), runs.size(), s.mean, s.sd, s.min, s.max, f.mean,
                f.min, f.max);
    }

    private record Stats(double mean, double sd, double min, double max) {
        static Stats of(List<AccuracyRow> rows) {
            if (rows.isEmpty()) throw new IllegalArgumentException("no runs to summarise");
            double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (AccuracyRow r : rows) {
                sum += r.testAccuracy();
                min = Math.min(min, r.testAccuracy());
                max = Math.max(max, r.testAccuracy());
            }
            double mean = sum / rows.size(), squares = 0;
            for (AccuracyRow r : rows) squares += (r.testAccuracy() - mean) * (r.testAccuracy() - mean);
            double sd = rows.size() < 2 ? 0 : Math.sqrt(squares / (rows.size() - 1));
            return new Stats(mean, sd, min, max);
        }
    }
}
