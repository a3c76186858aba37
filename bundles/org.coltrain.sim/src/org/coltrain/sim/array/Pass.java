package org.coltrain.sim.array;

/** Which part of inference or of a training step a piece of work belongs to. */
public enum Pass { FORWARD, BACKWARD_DATA, BACKWARD_WEIGHTS, WEIGHT_UPDATE }
