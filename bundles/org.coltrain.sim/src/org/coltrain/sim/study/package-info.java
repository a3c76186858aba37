/**
 * Studies over the serving simulator: questions answered by many runs rather than one.
 *
 * <p>{@link org.coltrain.sim.study.CapacitySearch#maxRate} bisects the largest Poisson rate a
 * {@link org.coltrain.sim.study.ServiceUnderTest} sustains within its SLO percentile;
 * {@link org.coltrain.sim.study.CoLocation#measure} runs a load with a training job in the idle cycles and reports
 * its samples/s against the same job alone and against a dedicated training accelerator;
 * {@link org.coltrain.sim.study.DesignChoice} picks designs inside an area/power envelope;
 * {@link org.coltrain.sim.study.EquinoxReproduction#run} is the Equinox (MICRO 2021) reproduction behind
 * {@code examples/equinox/}, printed by {@link org.coltrain.sim.study.Reproduction#print}. All runs use fixed seeds
 * ({@link org.coltrain.sim.study.SearchSettings}), so every answer is reproducible bit for bit.
 */
package org.coltrain.sim.study;
