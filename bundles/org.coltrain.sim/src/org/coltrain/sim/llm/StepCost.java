package org.coltrain.sim.llm;

/**
 * Time, array compute, DRAM traffic and energy of a piece of an iteration, or of a whole iteration (its pieces one
 * after the other): {@code cycles} is the sum of each piece's max(compute, DRAM) time, {@code computeCycles} the sum
 * of the arrays' compute cycles alone; cycles of the accelerator clock.
 */
public record StepCost(long cycles, long computeCycles, long dramBytes, double energyPj) {

    public static final StepCost ZERO = new StepCost(0, 0, 0, 0);

    public StepCost plus(StepCost o) {
        return new StepCost(cycles + o.cycles, computeCycles + o.computeCycles, dramBytes + o.dramBytes, energyPj + o.energyPj);
    }

    public StepCost times(long n) { return new StepCost(cycles * n, computeCycles * n, dramBytes * n, energyPj * n); }
}
