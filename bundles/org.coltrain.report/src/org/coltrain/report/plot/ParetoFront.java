package org.coltrain.report.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The non-dominated points of a two-objective set: a point is on the front when no other point is at least as good
 * in both objectives and better in one. Sort by the first objective (best first), then sweep keeping the points
 * that improve the best second objective seen so far: O(n log n).
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * Indices of the front, ordered by x. {@code minimizeX}/{@code maximizeY} say which way is better (e.g. latency:
     * minimize; throughput: maximize). Equal points are all kept.
     */
    public static List<Integer> of(double[] x, double[] y, boolean minimizeX, boolean maximizeY) {
        int n = x.length;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) order.add(i);
        double sx = minimizeX ? 1 : -1, sy = maximizeY ? -1 : 1; // turn both into "smaller is better"
        order.sort(Comparator.<Integer>comparingDouble(i -> sx * x[i]).thenComparingDouble(i -> sy * y[i]));
        List<Integer> front = new ArrayList<>();
        double bestY = Double.POSITIVE_INFINITY, lastX = Double.NaN;
        for (int i : order) {
            double yi = sy * y[i];
            if (yi < bestY || (yi == bestY && sx * x[i] == lastX)) {
                front.add(i);
                bestY = yi;
                lastX = sx * x[i];
            }
        }
        front.sort(Comparator.comparingDouble(i -> x[i]));
        return front;
    }
}
