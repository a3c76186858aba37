package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pareto dominance over objective vectors already turned to "smaller is better" ({@link Objective#minimised}), the
 * fast non-dominated sort and the crowding distance of NSGA-II (Deb, Pratap, Agarwal, Meyarivan, "A fast and elitist
 * multiobjective genetic algorithm: NSGA-II", IEEE TEC 6(2), 2002, sections III-A and III-B).
 */
public final class ParetoRanking {

    private ParetoRanking() {
    }

    /** a dominates b: no worse in every objective and better in at least one. */
    public static boolean dominates(double[] a, double[] b) {
        boolean better = false;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > b[i]) return false;
            if (a[i] < b[i]) better = true;
        }
        return better;
    }

    /**
     * The fronts, best first, each a list of indices into {@code points} in increasing order (Deb et al. 2002,
     * III-A: count of dominators n_p and dominated set S_p per point, then peel front by front; O(M N^2)).
     */
    public static List<List<Integer>> fronts(List<double[]> points) {
        int n = points.size();
        int[] dominators = new int[n];
        List<List<Integer>> dominated = new ArrayList<>(n);
        List<Integer> current = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            List<Integer> s = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                if (dominates(points.get(p), points.get(q))) s.add(q);
                else if (dominates(points.get(q), points.get(p))) dominators[p]++;
            }
            dominated.add(s);
            if (dominators[p] == 0) current.add(p);
        }
        List<List<Integer>> fronts = new ArrayList<>();
        while (!current.isEmpty()) {
            fronts.add(current);
            List<Integer> next = new ArrayList<>();
            for (int p : current)
                for (int q : dominated.get(p))
                    if (--dominators[q] == 0) next.add(q);
            next.sort(null);
            current = next;
        }
        return fronts;
    }

    /**
     * Crowding distance of each member of one front (Deb et al. 2002, III-B): per objective, sorted by it, the
     * boundary members get infinity and each inner one adds the normalised gap between its two neighbours. Sorting
     * is stable on the front's order, so ties resolve the same way every run.
     */
    public static double[] crowding(List<double[]> points, List<Integer> front) {
        int n = front.size();
        double[] distance = new double[n];
        if (n == 0) return distance;
        int objectives = points.get(front.get(0)).length;
        Integer[] order = new Integer[n];
        for (int m = 0; m < objectives; m++) {
            final int obj = m;
            for (int i = 0; i < n; i++) order[i] = i;
            Arrays.sort(order, (x, y) -> Double.compare(points.get(front.get(x))[obj], points.get(front.get(y))[obj]));
            double lo = points.get(front.get(order[0]))[obj], hi = points.get(front.get(order[n - 1]))[obj];
            distance[order[0]] = Double.POSITIVE_INFINITY;
            distance[order[n - 1]] = Double.POSITIVE_INFINITY;
            if (!(hi > lo)) continue;
            for (int i = 1; i < n - 1; i++)
                distance[order[i]] += (points.get(front.get(order[i + 1]))[obj]
                        - points.get(front.get(order[i - 1]))[obj]) / (hi - lo);
        }
        return distance;
    }
}
