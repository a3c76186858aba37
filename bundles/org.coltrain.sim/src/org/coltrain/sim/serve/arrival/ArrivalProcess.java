package org.coltrain.sim.serve.arrival;

import java.util.SplittableRandom;

/**
 * How requests of one service arrive: an immutable description that opens a fresh, seeded stream of arrival times.
 * One implementation per process; the simulation never looks at which one it holds.
 */
public sealed interface ArrivalProcess permits PoissonArrivals, MmppArrivals, DiurnalArrivals, TraceArrivals {

    /** A new stream of arrival times starting at time 0, drawing its randomness only from {@code rng}. */
    ArrivalStream open(SplittableRandom rng);

    /** Long-run mean arrival rate in requests per second (for reports and for sizing). */
    double meanRatePerS();

    /** A stateful source of arrival times. */
    interface ArrivalStream {
        /** Sentinel returned once a finite stream (a trace) is exhausted. */
        long NO_MORE = Long.MAX_VALUE;

        /** The next arrival time in ns since the start of the run, non-decreasing; {@link #NO_MORE} when exhausted. */
        long nextNs();
    }

    /** An exponential variate of the given mean, by inversion: -mean * ln(1 - U), U uniform in [0, 1). */
    static double exponential(SplittableRandom rng, double mean) {
        return -mean * Math.log(1.0 - rng.nextDouble());
    }
}
