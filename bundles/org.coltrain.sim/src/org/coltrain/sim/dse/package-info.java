/**
 * Design-space exploration shared by the studies and by the explore element: a
 * {@link org.coltrain.sim.dse.DesignSpaceSpec} (array rows x cols x dataflow x on-chip buffer size x encoding, and
 * optionally array counts and clocks; without counts the array count is the largest that fits the envelope), its
 * {@link org.coltrain.sim.dse.Candidates} inside an area/power envelope, and two searches over them. A
 * {@link org.coltrain.sim.dse.BranchAndBound} search maximises one objective, evaluating candidates in the order of an
 * analytical upper bound and stopping when no remaining bound can beat the best measured value. A
 * {@link org.coltrain.sim.dse.ParetoSearch} finds the Pareto front of several {@link org.coltrain.sim.dse.Objective}s
 * by grid, seeded random sample or NSGA-II, measuring candidates on a point engine and pruning those whose
 * analytical bound a measured candidate dominates. Evaluators are pluggable ({@link org.coltrain.sim.dse.Evaluator},
 * {@link org.coltrain.sim.dse.MultiObjective}); each point gets a seed derived from its coordinates, so a point
 * evaluated alone (on another thread or machine) gives the same answer as in the whole search. Measured values can be
 * kept in a {@link org.coltrain.sim.dse.ResultCache} keyed by a hash of everything they depend on.
 */
package org.coltrain.sim.dse;
