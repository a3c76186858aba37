package org.coltrain.bridge.run;

import org.coltrain.sim.mapping.Objective;

/**
 * A mapping run's setting: what to minimise and the accuracy-drop budget instead of the mapping's own (null keeps
 * the model's).
 */
public record MappingOverrides(Objective objective, Double budget) {
}
