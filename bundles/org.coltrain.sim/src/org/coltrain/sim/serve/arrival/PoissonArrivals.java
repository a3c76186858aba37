package org.coltrain.sim.serve.arrival;

import java.util.SplittableRandom;

/** Poisson arrivals at a constant rate: exponential inter-arrival times of mean 1/rate. */
public record PoissonArrivals(double ratePerS) implements ArrivalProcess, java.io.Serializable {

    public PoissonArrivals {
        if (!(ratePerS > 0)) throw new IllegalArgumentException("Poisson rate must be positive, was " + ratePerS);
    }

    @Override public double meanRatePerS() { return ratePerS; }

    @Override public ArrivalStream open(SplittableRandom rng) {
        double meanGapNs = 1e9 / ratePerS;
        return new ArrivalStream() {
            // Time kept in double so that rounding each arrival to whole ns never accumulates drift.
            private double tNs;

            @Override public long nextNs() {
                tNs += ArrivalProcess.exponential(rng, meanGapNs);
                return Math.round(tNs);
            }
        };
    }
}
