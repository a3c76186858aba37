package org.coltrain.sim.numerics.encoding;

/** What a floating-point format does with a finite value beyond its largest finite value. */
public enum Overflow {
    /** IEEE 754 default: round to infinity. */
    INFINITY,
    /** Clamp to the largest finite value of the same sign (what many accelerators do). */
    SATURATE
}
