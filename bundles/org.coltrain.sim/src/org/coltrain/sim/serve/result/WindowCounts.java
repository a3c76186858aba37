package org.coltrain.sim.serve.result;

/**
 * Where every request that arrived inside the measured window went. Nothing is left out of the denominator:
 * {@code arrivals = completed + dropped + unfinished}, and a request still waiting or in service at the end of the
 * window that is already older than the SLO is late whatever happens next.
 *
 * @param arrivals        requests that arrived inside the window (accepted or not)
 * @param completed       of those, completed inside the window
 * @param late            of the completed, later than the SLO
 * @param dropped         refused by a full queue
 * @param unfinished      still queued or in service when the window ended
 * @param unfinishedLate  of the unfinished, older than the SLO at the end of the window
 * @param overloaded      more than {@link #OVERLOAD_FRACTION} of the arrivals were unfinished at the end and already
 *                        older than the SLO: the backlog grows with the run's length, so the percentiles of the
 *                        completed requests say nothing about the service
 */
public record WindowCounts(long arrivals, long completed, long late, long dropped, long unfinished, long unfinishedLate,
        boolean overloaded) implements java.io.Serializable {

    /**
     * A stable queue holds about (arrival rate x mean time in system) requests at any instant, a vanishing fraction
     * of a window's arrivals (1e-4 for a 300 us sojourn in a 2 s window), and few of them older than the SLO; an
     * overloaded one holds (1 - 1/rho) of them, nearly all older. 1% separates the two for every window long enough
     * to measure a tail; counting only the late ones keeps a request caught in service at the end from making a
     * short run "overloaded".
     */
    public static final double OVERLOAD_FRACTION = 0.01;

    public WindowCounts {
        if (arrivals != completed + dropped + unfinished)
            throw new IllegalArgumentException("arrivals " + arrivals + " != completed " + completed + " + dropped "
                    + dropped + " + unfinished " + unfinished);
    }

    public WindowCounts(long arrivals, long completed, long late, long dropped, long unfinished, long unfinishedLate) {
        this(arrivals, completed, late, dropped, unfinished, unfinishedLate,
                unfinishedLate > OVERLOAD_FRACTION * arrivals);
    }

    /** Requests that missed the SLO for sure: completed late, dropped, or unfinished and already older than it. */
    public long violations() { return late + dropped + unfinishedLate; }

    /** {@link #violations()} over all arrivals of the window; 0 when nothing arrived. */
    public double violationRate() { return arrivals == 0 ? 0.0 : (double) violations() / arrivals; }

    /** Fraction of the window's arrivals still unfinished at its end. */
    public double unfinishedFraction() { return arrivals == 0 ? 0.0 : (double) unfinished / arrivals; }
}
