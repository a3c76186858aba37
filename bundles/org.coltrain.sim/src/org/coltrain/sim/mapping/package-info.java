/**
 * Splitting a network's layers by output channels between the two accelerators of a heterogeneous SoC (ODiMO,
 * arXiv 2306.05060, on DIANA; REFERENCES.md).
 *
 * <p>{@link org.coltrain.sim.mapping.SplitSystem} costs a layer under a split (DIANA's digital and analog models and
 * its power by phase); {@link org.coltrain.sim.mapping.AccuracyProxy} builds the accuracy side, weight noise per
 * channel relative to the network's weight energy (measured on trained weights, or modelled by
 * {@link org.coltrain.sim.mapping.LayerWeightEnergy}, whose exponent is a declared
 * {@link org.coltrain.sim.mapping.ProxyCalibration}); {@link org.coltrain.sim.mapping.MappingSearch} finds the
 * exact best split under a drop budget; {@link org.coltrain.sim.mapping.MappingBaselines} holds the rule-made
 * mappings the paper compares against, and {@link org.coltrain.sim.mapping.MappingStudy} runs them all.
 */
package org.coltrain.sim.mapping;
