package org.coltrain.sim.study;

/**
 * A figure a study computes, declared once: name, unit, the value that means "no effect" (1 for a ratio, 0 for a
 * change) against which a claim's direction is judged, and what it is.
 */
public record StudyMetric(String name, String unit, double neutral, String description) {
}
