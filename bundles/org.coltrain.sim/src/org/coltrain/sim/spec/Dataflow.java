package org.coltrain.sim.spec;

/** Which operand stays in the processing elements while the others stream through (SCALE-Sim's ws/os/is). */
public enum Dataflow { WEIGHT_STATIONARY, OUTPUT_STATIONARY, INPUT_STATIONARY }
