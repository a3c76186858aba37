/**
 * Studies over the serving simulator: questions answered by many runs rather than one, checked against published
 * claims.
 *
 * <p>{@link org.coltrain.sim.study.CapacitySearch#maxRate} bisects the largest Poisson rate a
 * {@link org.coltrain.sim.study.ServiceUnderTest} sustains within its SLO percentile;
 * {@link org.coltrain.sim.study.CoLocation#measure} runs a load with a training job in the idle cycles.
 * {@link org.coltrain.sim.study.CapacityStudy} is the Equinox question over a weighted workload mix: designs for each
 * role from a design search ({@code org.coltrain.sim.dse}), every design under every scheduler, the ratio decomposed
 * into scheduler and design, with capacities cached by {@link org.coltrain.sim.study.CapacityMemo}. A
 * {@link org.coltrain.sim.study.Claim} is checked into a {@link org.coltrain.sim.study.ClaimCheck} with a
 * {@link org.coltrain.sim.study.Verdict}; {@link org.coltrain.sim.study.ClaimsCsv} writes them. All runs use fixed
 * seeds ({@link org.coltrain.sim.study.SearchSettings}), so every answer is reproducible bit for bit.
 */
package org.coltrain.sim.study;
