package org.coltrain.sim.serve;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Closed forms of the M/D/1 queue (Poisson arrivals, one server, deterministic service time D, FIFO), in units of
 * D, as test oracles. Waiting time (Erlang 1909; Crommelin 1932):
 * P(W <= t) = (1 - rho) sum_{k=0}^{floor(t)} [rho (k - t)]^k / k! e^{-rho (k - t)}.
 * The terms alternate in sign and grow like e^{rho t}, so doubles lose all digits near t = 30 at rho = 0.9;
 * the sum is taken in 60-digit decimal arithmetic.
 */
public final class Md1 {

    private static final MathContext MC = new MathContext(60);

    private Md1() {
    }

    /** Mean wait (Pollaczek-Khinchine with E[S^2] = D^2): rho / (2 (1 - rho)). */
    public static double meanWait(double rho) {
        return rho / (2 * (1 - rho));
    }

    /** P(W <= t), t in units of D. */
    public static double waitCdf(double rho, double t) {
        BigDecimal r = new BigDecimal(rho), tt = new BigDecimal(t), sum = BigDecimal.ZERO, factorial = BigDecimal.ONE;
        for (int k = 0; k <= (int) Math.floor(t); k++) {
            if (k > 0) factorial = factorial.multiply(BigDecimal.valueOf(k));
            BigDecimal x = r.multiply(BigDecimal.valueOf(k).subtract(tt), MC);
            sum = sum.add(x.pow(k, MC).divide(factorial, MC).multiply(exp(x.negate()), MC), MC);
        }
        return BigDecimal.ONE.subtract(r).multiply(sum, MC).doubleValue();
    }

    /** The waiting time's p-quantile (0 < p < 1, p > 1 - rho so that it is positive), in units of D. */
    public static double waitQuantile(double rho, double p) {
        double lo = 0, hi = 1;
        while (waitCdf(rho, hi) < p) hi *= 2;
        for (int i = 0; i < 60; i++) {
            double mid = 0.5 * (lo + hi);
            if (waitCdf(rho, mid) >= p) hi = mid; else lo = mid;
        }
        return hi;
    }

    /**
     * The largest load rho at which the p-quantile of latency (wait + D) is at most {@code sloInD} service times:
     * P(W <= sloInD - 1) falls with rho, so bisection finds the root.
     */
    public static double capacityRho(double sloInD, double p) {
        double lo = 0, hi = 1;
        for (int i = 0; i < 50; i++) {
            double rho = 0.5 * (lo + hi);
            if (waitCdf(rho, sloInD - 1) >= p) lo = rho; else hi = rho;
        }
        return lo;
    }

    /** e^y by its Taylor series, |y| up to a few tens. */
    private static BigDecimal exp(BigDecimal y) {
        BigDecimal sum = BigDecimal.ONE, term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(55);
        for (int n = 1; n < 10_000; n++) {
            term = term.multiply(y, MC).divide(BigDecimal.valueOf(n), MC);
            sum = sum.add(term, MC);
            if (term.abs().compareTo(eps) < 0 && n > y.abs().doubleValue()) break;
        }
        return sum;
    }
}
