package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointFailure;

/**
 * Multi-objective search over one design space's candidates: a strategy picks candidates (every one, a seeded random
 * sample, or NSGA-II), and each picked candidate is measured by the objectives' {@link MultiObjective#measurement} on
 * a {@link PointEngine}, unless its analytical bound is already dominated by a measured candidate (then it is pruned:
 * its measured values could only be worse than the bound, so it could not be on the front). Candidates are measured
 * in waves of {@link #WAVE}, a fixed number rather than the engine's parallelism, so which candidates are pruned,
 * and hence every row, is the same on any engine and thread count. All randomness is drawn on the calling thread from
 * one {@link SplittableRandom} seeded by the caller.
 */
public final class ParetoSearch {

    /** Candidates measured together; pruning sees the measurements of earlier waves only. */
    public static final int WAVE = 8;

    /** Hears how many candidates the search has visited (measured or pruned) of those it plans to visit. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (visited, planned) -> {
        };

        void visited(int visited, int planned);
    }

    private final List<Candidate> candidates;
    private final MultiObjective problem;
    private final PointEngine engine;
    private final Progress progress;
    private final List<Objective> objectives;
    private final double[][] bounds;
    private final double[][] values;
    private final ExploreOutcome.Status[] status;
    private final List<double[]> measuredMinimised = new ArrayList<>();
    private int visited;
    private int planned;

    private ParetoSearch(List<Candidate> candidates, MultiObjective problem, PointEngine engine, Progress progress) {
        this.candidates = List.copyOf(candidates);
        this.problem = problem;
        this.engine = engine;
        this.progress = progress;
        this.objectives = List.copyOf(problem.objectives());
        this.bounds = new double[candidates.size()][];
        this.values = new double[candidates.size()][];
        this.status = new ExploreOutcome.Status[candidates.size()];
        Arrays.fill(status, ExploreOutcome.Status.NOT_VISITED);
    }

    public static ExploreOutcome run(DesignSpaceSpec space, List<Candidate> candidates, MultiObjective problem,
            Strategy strategy, long seed, PointEngine engine, Progress progress) throws PointFailure {
        ParetoSearch search = new ParetoSearch(candidates, problem, engine, progress);
        SplittableRandom random = new SplittableRandom(seed);
        String label;
        switch (strategy) {
            case Strategy.Grid g -> {
                label = "grid";
                search.planned = candidates.size();
                search.visit(search.mostPromisingFirst(allIndices(candidates.size())));
            }
            case Strategy.Random r -> {
                label = "random " + r.samples();
                List<Integer> sample = sample(candidates.size(), r.samples(), random);
                search.planned = sample.size();
                search.visit(search.mostPromisingFirst(sample));
            }
            case Strategy.Nsga2 n -> {
                label = "nsga2 population " + n.population() + " generations " + n.generations();
                search.planned = Math.min(candidates.size(), n.population() * (n.generations() + 1));
                new Nsga2(space, candidates, search::visit, search::ranked, random).run(n.population(), n.generations());
            }
        }
        return search.outcome(space, label + String.format(Locale.ROOT, " seed %d", seed));
    }

    /** Visits the candidates not visited yet, in order, wave by wave: prune by bound or measure. */
    void visit(List<Integer> indices) throws PointFailure {
        List<Integer> todo = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i : indices)
            if (status[i] == ExploreOutcome.Status.NOT_VISITED && seen.add(i)) todo.add(i);
        for (int from = 0; from < todo.size(); from += WAVE) {
            List<Integer> wave = todo.subList(from, Math.min(todo.size(), from + WAVE));
            List<Integer> measure = new ArrayList<>();
            for (int i : wave) {
                if (dominatedByMeasured(minimised(bound(i)))) status[i] = ExploreOutcome.Status.PRUNED;
                else measure.add(i);
            }
            List<Candidate> points = new ArrayList<>(measure.size());
            for (int i : measure) points.add(candidates.get(i));
            int before = visited;
            List<double[]> results = points.isEmpty() ? List.of() : engine.evaluate(points, problem.measurement(),
                    (finished, total) -> progress.visited(before + finished, Math.max(planned, before + total)));
            for (int k = 0; k < measure.size(); k++) {
                int i = measure.get(k);
                values[i] = results.get(k).clone();
                status[i] = ExploreOutcome.Status.MEASURED;
                measuredMinimised.add(minimised(values[i]));
            }
            visited += wave.size();
            progress.visited(visited, Math.max(planned, visited));
        }
    }

    /** The vector NSGA-II ranks a visited candidate by (minimised): measured values, or the bound of a pruned one. */
    double[] ranked(int i) {
        return minimised(status[i] == ExploreOutcome.Status.MEASURED ? values[i] : bound(i));
    }

    private double[] bound(int i) {
        if (bounds[i] == null) bounds[i] = problem.optimistic(candidates.get(i)).clone();
        return bounds[i];
    }

    private boolean dominatedByMeasured(double[] b) {
        for (double[] m : measuredMinimised) if (ParetoRanking.dominates(m, b)) return true;
        return false;
    }

    private double[] minimised(double[] v) {
        double[] out = new double[v.length];
        for (int o = 0; o < v.length; o++) out[o] = objectives.get(o).minimised(v[o]);
        return out;
    }

    /** Best bound of the first objective first (most likely to prune the rest), ties in the given order. */
    private List<Integer> mostPromisingFirst(List<Integer> indices) {
        List<Integer> order = new ArrayList<>(indices);
        order.sort(Comparator.comparingDouble((Integer i) -> minimised(bound(i))[0]));
        return order;
    }

    private ExploreOutcome outcome(DesignSpaceSpec space, String label) {
        List<Integer> measured = new ArrayList<>();
        List<double[]> vectors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++)
            if (status[i] == ExploreOutcome.Status.MEASURED) {
                measured.add(i);
                vectors.add(minimised(values[i]));
            }
        boolean[] front = new boolean[candidates.size()];
        if (!measured.isEmpty()) for (int k : ParetoRanking.fronts(vectors).get(0)) front[measured.get(k)] = true;
        List<ExploreOutcome.Row> rows = new ArrayList<>(candidates.size());
        double[] nan = new double[objectives.size()];
        Arrays.fill(nan, Double.NaN);
        for (int i = 0; i < candidates.size(); i++)
            rows.add(new ExploreOutcome.Row(candidates.get(i), status[i],
                    status[i] == ExploreOutcome.Status.NOT_VISITED ? nan.clone() : bound(i).clone(),
                    values[i] == null ? nan.clone() : values[i].clone(), front[i]));
        return new ExploreOutcome(objectives, rows, RangeSensitivity.of(space, objectives, rows), label);
    }

    static List<Integer> allIndices(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) all.add(i);
        return all;
    }

    /** {@code k} of {@code 0..n-1} without replacement (a partial Fisher-Yates shuffle), in the order drawn. */
    static List<Integer> sample(int n, int k, SplittableRandom random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        int take = Math.min(n, k);
        List<Integer> out = new ArrayList<>(take);
        for (int i = 0; i < take; i++) {
            int j = i + random.nextInt(n - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
            out.add(a[i]);
        }
        return out;
    }
}
