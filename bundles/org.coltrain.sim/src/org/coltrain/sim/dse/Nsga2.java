package org.coltrain.sim.dse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.coltrain.sim.exec.PointFailure;

/**
 * NSGA-II (Deb, Pratap, Agarwal, Meyarivan, IEEE TEC 6(2), 2002) over a design space's coordinates: a genome is one
 * index per range (encoding, buffers, dataflow, rows, cols, count, clock, DRAM). Each generation: binary tournaments by
 * the crowded-comparison operator (lower front, then larger crowding distance; section III-C), uniform crossover with
 * probability {@link #CROSSOVER}, each gene mutated with probability 1 / (ranges with more than one value) to
 * another index of its range; the parents and offspring together are sorted into fronts and the next population
 * filled front by front, the last one by crowding distance (elitism, III-C). A child outside the envelope is mutated
 * again (at most {@link #REPAIRS} times), then replaced by a random candidate. Deterministic from its random source.
 */
final class Nsga2 {

    /** Deb et al. 2002, section IV: crossover probability 0.9 (and mutation 1 / number of variables). */
    static final double CROSSOVER = 0.9;
    static final int REPAIRS = 10;

    /** Measures or prunes candidates, by index. */
    @FunctionalInterface
    interface Visitor {
        void visit(List<Integer> indices) throws PointFailure;
    }

    /** The minimised objective vector a visited candidate is ranked by. */
    @FunctionalInterface
    interface Scores {
        double[] of(int index);
    }

    private final List<Candidate> candidates;
    private final Visitor visitor;
    private final Scores scores;
    private final SplittableRandom random;
    private final int[] sizes;
    private final List<int[]> genomes = new ArrayList<>();
    private final Map<Long, Integer> byCode = new HashMap<>();

    Nsga2(DesignSpaceSpec space, List<Candidate> candidates, Visitor visitor, Scores scores, SplittableRandom random) {
        this.candidates = candidates;
        this.visitor = visitor;
        this.scores = scores;
        this.random = random;
        this.sizes = new int[] {space.encodings().size(), space.bufferBytes().size(), space.dataflows().size(),
                space.rows().size(), space.cols().size(), Math.max(1, space.counts().size()),
                Math.max(1, space.clocksHz().size()), Math.max(1, space.drams().size())};
        for (int i = 0; i < candidates.size(); i++) {
            DesignCoordinates at = candidates.get(i).at();
            int[] g = {space.encodings().indexOf(at.encoding()), space.bufferBytes().indexOf(at.bufferBytes()),
                    space.dataflows().indexOf(at.dataflow()), space.rows().indexOf(at.rows()),
                    space.cols().indexOf(at.cols()), Math.max(0, space.counts().indexOf(at.count())),
                    Math.max(0, space.clocksHz().indexOf(at.clockHz())), at.dram() == null ? 0 : space.drams().indexOf(at.dram())};
            genomes.add(g);
            byCode.putIfAbsent(code(g), i);
        }
    }

    void run(int population, int generations) throws PointFailure {
        if (candidates.isEmpty()) return;
        List<Integer> pop = ParetoSearch.sample(candidates.size(), population, random);
        visitor.visit(pop);
        for (int g = 0; g < generations; g++) {
            Ranks ranks = rank(pop);
            List<Integer> offspring = new ArrayList<>(population);
            while (offspring.size() < population) {
                int[] a = genomes.get(pop.get(tournament(ranks)));
                int[] b = genomes.get(pop.get(tournament(ranks)));
                offspring.add(child(a, b));
            }
            visitor.visit(offspring);
            LinkedHashSet<Integer> union = new LinkedHashSet<>(pop);
            union.addAll(offspring);
            pop = survivors(new ArrayList<>(union), population);
        }
    }

    /** Front number and crowding distance of each member of a population (by position). */
    private record Ranks(int[] front, double[] crowding) {
    }

    private Ranks rank(List<Integer> members) {
        List<double[]> points = new ArrayList<>(members.size());
        for (int i : members) points.add(scores.of(i));
        int[] front = new int[members.size()];
        double[] crowding = new double[members.size()];
        List<List<Integer>> fronts = ParetoRanking.fronts(points);
        for (int f = 0; f < fronts.size(); f++) {
            double[] d = ParetoRanking.crowding(points, fronts.get(f));
            for (int k = 0; k < fronts.get(f).size(); k++) {
                front[fronts.get(f).get(k)] = f;
                crowding[fronts.get(f).get(k)] = d[k];
            }
        }
        return new Ranks(front, crowding);
    }

    /** Binary tournament by the crowded-comparison operator; a tie goes to the first drawn. */
    private int tournament(Ranks r) {
        int n = r.front().length;
        int x = random.nextInt(n), y = random.nextInt(n);
        if (r.front()[y] < r.front()[x] || (r.front()[y] == r.front()[x] && r.crowding()[y] > r.crowding()[x])) return y;
        return x;
    }

    private int child(int[] a, int[] b) {
        int[] c = a.clone();
        if (random.nextDouble() < CROSSOVER)
            for (int k = 0; k < c.length; k++) if (random.nextBoolean()) c[k] = b[k];
        for (int attempt = 0; attempt <= REPAIRS; attempt++) {
            int[] m = mutate(c);
            Integer index = byCode.get(code(m));
            if (index != null) return index;
        }
        return random.nextInt(candidates.size());
    }

    private int[] mutate(int[] genome) {
        int variable = 0;
        for (int s : sizes) if (s > 1) variable++;
        int[] m = genome.clone();
        if (variable == 0) return m;
        for (int k = 0; k < m.length; k++) {
            if (sizes[k] < 2 || random.nextDouble() >= 1.0 / variable) continue;
            int other = random.nextInt(sizes[k] - 1);
            m[k] = other >= m[k] ? other + 1 : other;
        }
        return m;
    }

    /** The next population: whole fronts while they fit, then the last one's most crowded-apart members. */
    private List<Integer> survivors(List<Integer> union, int population) {
        List<double[]> points = new ArrayList<>(union.size());
        for (int i : union) points.add(scores.of(i));
        List<Integer> next = new ArrayList<>(population);
        for (List<Integer> front : ParetoRanking.fronts(points)) {
            if (next.size() + front.size() <= population) {
                for (int k : front) next.add(union.get(k));
                continue;
            }
            double[] d = ParetoRanking.crowding(points, front);
            List<Integer> order = new ArrayList<>(ParetoSearch.allIndices(front.size()));
            order.sort((x, y) -> Double.compare(d[y], d[x]));
            for (int k = 0; next.size() < population; k++) next.add(union.get(front.get(order.get(k))));
            break;
        }
        return next;
    }

    private long code(int[] genome) {
        long c = 0;
        for (int k = 0; k < genome.length; k++) c = c * sizes[k] + genome[k];
        return c;
    }
}
