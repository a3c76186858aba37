package org.coltrain.sim.serve.arrival;

import java.util.SplittableRandom;

/**
 * Bursty arrivals: a two-state Markov-modulated Poisson process. In state i requests arrive as Poisson at
 * {@code ratePerS[i]}; the state lasts an exponential time of mean {@code meanSojournNs[i]}, then flips.
 * The first state is drawn from the stationary distribution, P(state 0) = s0 / (s0 + s1).
 */
public record MmppArrivals(double lowRatePerS, double highRatePerS, long lowMeanSojournNs, long highMeanSojournNs)
        implements ArrivalProcess, java.io.Serializable {

    public MmppArrivals {
        if (lowRatePerS < 0 || highRatePerS < 0 || lowRatePerS + highRatePerS <= 0)
            throw new IllegalArgumentException("MMPP rates must be non-negative and not both zero");
        if (lowMeanSojournNs <= 0 || highMeanSojournNs <= 0)
            throw new IllegalArgumentException("MMPP mean sojourn times must be positive");
    }

    /** Time-weighted mean of the two rates. */
    @Override public double meanRatePerS() {
        return (lowRatePerS * lowMeanSojournNs + highRatePerS * highMeanSojournNs)
                / (lowMeanSojournNs + (double) highMeanSojournNs);
    }

    @Override public ArrivalStream open(SplittableRandom rng) {
        double[] rateNs = { lowRatePerS / 1e9, highRatePerS / 1e9 };
        double[] sojournNs = { lowMeanSojournNs, highMeanSojournNs };
        boolean startHigh = rng.nextDouble() * (sojournNs[0] + sojournNs[1]) >= sojournNs[0];
        return new ArrivalStream() {
            private int state = startHigh ? 1 : 0;
            private double tNs;
            private double stateEndsNs = ArrivalProcess.exponential(rng, sojournNs[state]);

            @Override public long nextNs() {
                // Memoryless: redraw the gap from the current instant after each state flip.
                while (true) {
                    double gap = rateNs[state] > 0 ? ArrivalProcess.exponential(rng, 1.0 / rateNs[state]) : Double.POSITIVE_INFINITY;
                    if (tNs + gap < stateEndsNs) {
                        tNs += gap;
                        return Math.round(tNs);
                    }
                    tNs = stateEndsNs;
                    state = 1 - state;
                    stateEndsNs = tNs + ArrivalProcess.exponential(rng, sojournNs[state]);
                }
            }
        };
    }
}
