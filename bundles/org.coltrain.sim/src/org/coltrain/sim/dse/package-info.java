/**
 * Design-space exploration shared by the studies and by sweeps: a {@link org.coltrain.sim.dse.DesignSpaceSpec}
 * (array rows x cols x dataflow x on-chip buffer size x encoding; the array count is the largest that fits the
 * envelope), its {@link org.coltrain.sim.dse.Candidates} inside an area/power envelope, and a
 * {@link org.coltrain.sim.dse.BranchAndBound} search that evaluates candidates in the order of an analytical upper
 * bound of their objective and stops when no remaining bound can beat the best measured value. Evaluators are
 * pluggable ({@link org.coltrain.sim.dse.Evaluator}); each point gets a seed derived from its coordinates, so a point
 * evaluated alone (on another thread or machine) gives the same answer as in the whole search. Measured values can be
 * kept in a {@link org.coltrain.sim.dse.ResultCache} keyed by a hash of everything they depend on.
 */
package org.coltrain.sim.dse;
