package org.coltrain.sim.dse;

/** How a {@link ParetoSearch} picks the candidates it measures. */
public sealed interface Strategy {

    /** Every candidate of the envelope. */
    record Grid() implements Strategy {
    }

    /** {@code samples} candidates drawn without replacement (all of them when there are fewer), seeded. */
    record Random(int samples) implements Strategy {
        public Random {
            if (samples < 1) throw new IllegalArgumentException("random needs at least 1 sample, got " + samples);
        }
    }

    /**
     * NSGA-II (Deb et al., IEEE TEC 2002) over the coordinates' indices: {@code population} candidates evolved for
     * {@code generations} generations.
     */
    record Nsga2(int population, int generations) implements Strategy {
        public Nsga2 {
            if (population < 2) throw new IllegalArgumentException("NSGA-II needs a population of at least 2, got " + population);
            if (generations < 0) throw new IllegalArgumentException("generations must not be negative, got " + generations);
        }
    }
}
