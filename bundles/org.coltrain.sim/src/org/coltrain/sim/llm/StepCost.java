package org.coltrain.sim.llm;

/** Time, DRAM traffic and energy of a piece of an iteration, or of a whole iteration; cycles of the accelerator clock. */
public record StepCost(long cycles, long dramBytes, double energyPj) {

    public static final StepCost ZERO = new StepCost(0, 0, 0);

    public StepCost plus(StepCost o) { return new StepCost(cycles + o.cycles, dramBytes + o.dramBytes, energyPj + o.energyPj); }

    public StepCost times(long n) { return new StepCost(cycles * n, dramBytes * n, energyPj * n); }
}
