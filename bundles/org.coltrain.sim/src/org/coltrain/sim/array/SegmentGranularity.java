package org.coltrain.sim.array;

/** Where a training step may be preempted: between layer pieces, or between array tiles (folds). */
public enum SegmentGranularity { LAYER, TILE }
