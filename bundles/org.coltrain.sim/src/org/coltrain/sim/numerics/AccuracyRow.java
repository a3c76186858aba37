package org.coltrain.sim.numerics;

/**
 * Test accuracy (a fraction in [0, 1]) of one model trained with one encoding or recipe (its exact variant
 * name) and one seed.
 */
public record AccuracyRow(String encoding, String model, double testAccuracy, double trainAccuracy,
        double finalTrainLoss, int epochs, long seed, double seconds) {}
