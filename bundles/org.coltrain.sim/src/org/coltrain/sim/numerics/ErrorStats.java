package org.coltrain.sim.numerics;

/**
 * How far an encoding moves a tensor: {@code relativeError = ||q - x|| / ||x||} (2-norms),
 * {@code snrDb = 10 log10(sum x^2 / sum (q - x)^2)} (infinite when exact), the largest absolute error, and the
 * share of non-zero elements flushed to zero (what starves fixed-point gradients).
 */
public record ErrorStats(String encoding, String tensor, int elements, double relativeError, double snrDb,
        double maxAbsError, double flushedToZero) {}
