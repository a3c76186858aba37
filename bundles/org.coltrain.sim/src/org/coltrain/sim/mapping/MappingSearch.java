package org.coltrain.sim.mapping;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact search for the best split of every layer under an accuracy-drop budget: a multiple-choice knapsack solved by
 * dynamic programming over the layers, one choice per layer among its {@code Cout + 1} channel counts (which channels
 * move is settled per layer by {@link LayerSensitivity}). Objective and proxy add over layers, so the DP is exact
 * except that each layer's drop is rounded up to a multiple of budget / resolution: the result always meets the
 * budget, and it is the true optimum when the drops lie on that grid (tested against brute force).
 * Work is layers x (resolution + 1) x (Cout + 1): 20 layers, 64 channels, resolution 2000 is about 2.6 M steps.
 */
public final class MappingSearch {

    /** Budget steps of the DP; finer costs time linearly and only matters for drops between grid points. */
    public static final int DEFAULT_RESOLUTION = 2000;

    private static final double GRID_SLACK = 1e-9;

    private MappingSearch() {}

    /** The mapping with the lowest objective whose normalised drop is at most {@code budget} (0..1; >= 1 is unconstrained). */
    public static Mapping optimal(MappingProblem problem, Objective objective, double budget, int resolution) {
        return optimal(problem, objective, budget, resolution, List.of());
    }

    /**
     * As {@link #optimal(MappingProblem, Objective, double, int)}, never worse than any of {@code known} that meets
     * the budget: rounding drops up onto the grid can hide a mapping that sits right at the budget (a pure mapping,
     * or the baseline whose drop the budget is).
     */
    public static Mapping optimal(MappingProblem problem, Objective objective, double budget, int resolution,
            List<Mapping> known) {
        if (!(budget >= 0)) throw new IllegalArgumentException("budget must be >= 0, not " + budget);
        if (resolution < 1) throw new IllegalArgumentException("resolution must be >= 1");
        // Every mapping's drop is at most 1, so a budget of 1 or more needs no grid at all.
        Table table = solve(problem, objective, budget >= 1 ? Double.POSITIVE_INFINITY : budget, resolution);
        Mapping best = problem.evaluate("searched-" + objective.cliName(), table.counts(resolution));
        List<Mapping> candidates = new ArrayList<>(known);
        candidates.add(problem.allFirst());
        candidates.add(problem.allSecond());
        for (Mapping m : candidates)
            if (m.drop() <= budget && m.objective(objective) < best.objective(objective))
                best = m.withLabel(best.label());
        return best;
    }

    /**
     * The mappings that trade objective for accuracy proxy without being beaten on both, from the most accurate to
     * the cheapest, found by one DP over the whole 0..1 drop range at {@code resolution} steps.
     */
    public static List<Mapping> paretoFront(MappingProblem problem, Objective objective, int resolution) {
        Table table = solve(problem, objective, 1.0, resolution);
        Map<String, Mapping> distinct = new LinkedHashMap<>();
        for (int c = 0; c <= resolution; c++) {
            int[] counts = table.counts(c);
            if (counts == null) continue;
            distinct.computeIfAbsent(Arrays.toString(counts), k -> problem.evaluate("front", counts));
        }
        List<Mapping> sorted = new ArrayList<>(distinct.values());
        sorted.sort((a, b) -> a.drop() != b.drop() ? Double.compare(a.drop(), b.drop())
                : Double.compare(a.objective(objective), b.objective(objective)));
        List<Mapping> front = new ArrayList<>();
        double best = Double.POSITIVE_INFINITY;
        for (Mapping m : sorted) {
            if (m.objective(objective) < best) {
                front.add(m.withLabel("front-" + front.size()));
                best = m.objective(objective);
            }
        }
        return front;
    }

    /** DP state after all layers: best objective per used capacity, with each layer's choice kept for read-back. */
    private record Table(double[] best, int[][] choice, int[][] weight) {
        /** Channel counts of the best mapping within {@code capacity}, or null when nothing fits. */
        int[] counts(int capacity) {
            if (Double.isInfinite(best[capacity])) return null;
            int[] counts = new int[choice.length];
            int c = capacity;
            for (int l = choice.length - 1; l >= 0; l--) {
                int k = choice[l][c];
                counts[l] = k;
                c -= weight[l][k];
            }
            return counts;
        }
    }

    /** {@code budget} infinite: no accuracy constraint, every option weighs nothing. */
    private static Table solve(MappingProblem problem, Objective objective, double budget, int resolution) {
        int layers = problem.layers().size();
        double range = problem.maxProxy() - problem.minProxy();
        double quantum = budget / resolution;
        int[][] weight = new int[layers][];
        double[][] cost = new double[layers][];
        for (int l = 0; l < layers; l++) {
            ConvShape shape = problem.layers().get(l);
            LayerSensitivity s = problem.sensitivities().get(l);
            int options = shape.outChannels() + 1;
            weight[l] = new int[options];
            cost[l] = new double[options];
            double layerMin = s.minProxy();
            for (int k = 0; k < options; k++) {
                cost[l][k] = objective.of(problem.system().cost(shape, k));
                double drop = range <= 0 ? 0 : (s.proxy(k) - layerMin) / range;
                weight[l][k] = drop <= GRID_SLACK || Double.isInfinite(budget) ? 0
                        : quantum <= 0 ? Integer.MAX_VALUE : (int) Math.min(Integer.MAX_VALUE, Math.ceil(drop / quantum - GRID_SLACK));
            }
        }
        // best[c]: lowest objective of the layers so far with total weight <= c.
        double[] best = new double[resolution + 1], next = new double[resolution + 1];
        int[][] choice = new int[layers][resolution + 1];
        for (int l = 0; l < layers; l++) {
            Arrays.fill(next, Double.POSITIVE_INFINITY);
            for (int c = 0; c <= resolution; c++) {
                for (int k = 0; k < weight[l].length; k++) {
                    int w = weight[l][k];
                    if (w > c) continue;
                    double v = best[c - w] + cost[l][k];
                    if (v < next[c]) {
                        next[c] = v;
                        choice[l][c] = k;
                    }
                }
            }
            double[] swap = best;
            best = next;
            next = swap;
        }
        return new Table(best, choice, weight);
    }
}
