package org.coltrain.sim.llm;

import org.coltrain.sim.spec.AcceleratorSpec;

/**
 * How the fine-tuning job shares the accelerator with serving, one implementation per way: {@link TemporalCoLocation}
 * (one iteration or one training piece at a time, training only in the idle time) or {@link OverlappedCoLocation}
 * (training pieces also packed beside an iteration that leaves compute or bandwidth unused). In both, the job runs its
 * next piece alone whenever there is nothing to serve.
 */
public sealed interface CoLocation extends java.io.Serializable permits TemporalCoLocation, OverlappedCoLocation {

    /** The language's word for it ("temporal", "overlapped"). */
    String name();

    /**
     * Which of the job's pieces, from {@code next} on in their order (wrapping into the next step), run beside an
     * iteration of cost {@code iteration}, and the cycles the iteration then takes.
     */
    Packing pack(AcceleratorSpec acc, StepCost iteration, StepCost[] pieces, int next);

    /** {@code pieces} training pieces packed into an iteration that takes {@code cycles}. */
    record Packing(int pieces, long cycles) {
    }
}
