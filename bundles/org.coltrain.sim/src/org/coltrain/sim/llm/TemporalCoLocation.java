package org.coltrain.sim.llm;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * Equinox's temporal co-location (MICRO 2021; REFERENCES.md), as the serving simulator models it: one iteration or one
 * training piece at a time, so training gets the idle time only and nothing runs beside an iteration.
 */
public record TemporalCoLocation() implements CoLocation {

    @Override public String name() { return "temporal"; }

    @Override public Packing pack(AcceleratorSpec acc, StepCost iteration, StepCost[] pieces, int next) {
        return new Packing(0, iteration.cycles());
    }
}
