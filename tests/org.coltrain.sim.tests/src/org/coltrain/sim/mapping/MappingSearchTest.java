package org.coltrain.sim.mapping;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;

class MappingSearchTest {

    private static final SplitSystem DIANA = SplitSystem.diana();

    /** A random problem of {@code layers} small layers; proxies are multiples of 1/64 when {@code onGrid}. */
    static MappingProblem randomProblem(long seed, int layers, int maxChannels, boolean onGrid) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ConvShape> shapes = new ArrayList<>();
        List<LayerSensitivity> sens = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            int out = 1 + rng.nextInt(maxChannels), side = 1 << rng.nextInt(6), k = rng.nextBoolean() ? 3 : 1;
            ConvShape shape = new ConvShape("l" + l, 1 + rng.nextInt(80), out, side, side, k, k);
            double[] a = new double[out], b = new double[out];
            for (int c = 0; c < out; c++) {
                a[c] = onGrid ? rng.nextInt(4) / 64.0 : rng.nextDouble() * 0.1;
                b[c] = onGrid ? rng.nextInt(32) / 64.0 : rng.nextDouble();
            }
            shapes.add(shape);
            sens.add(new LayerSensitivity(shape.name(), a, b));
        }
        return new MappingProblem("random", DIANA, shapes, sens);
    }

    /** Every assignment of every channel, the best objective whose normalised drop is within the budget. */
    static double bruteForce(MappingProblem p, Objective objective, double budget) {
        int total = 0;
        for (ConvShape s : p.layers()) total += s.outChannels();
        double best = Double.POSITIVE_INFINITY;
        for (long mask = 0; mask < (1L << total); mask++) {
            double value = 0, proxy = 0;
            int bit = 0;
            for (int l = 0; l < p.layers().size(); l++) {
                ConvShape s = p.layers().get(l);
                int onSecond = 0;
                for (int c = 0; c < s.outChannels(); c++, bit++) {
                    boolean second = (mask >> bit & 1) != 0;
                    if (second) onSecond++;
                    proxy += p.sensitivities().get(l).channelProxy(c, second);
                }
                value += objective.of(p.system().cost(s, onSecond));
            }
            if (p.normalisedDrop(proxy) <= budget + 1e-12) best = Math.min(best, value);
        }
        return best;
    }

    @Property(tries = 60, seed = "9")
    void exactSearchEqualsBruteForceOnSmallLayers(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 3) int layers, @ForAll @IntRange(min = 0, max = 64) int budget64ths,
            @ForAll Objective objective) {
        MappingProblem p = randomProblem(seed, layers, 4, true);
        // Proxies are multiples of 1/64, so normalised drops are multiples of 1 / r with r = 64 * range: a budget
        // of m / r with resolution m puts the DP's grid exactly on them.
        double range = p.maxProxy() - p.minProxy();
        if (range <= 0) return;
        int r = (int) Math.round(range * 64), m = Math.min(budget64ths, r);
        double budget = (double) m / r;
        int steps = Math.max(1, m);
        Mapping found = MappingSearch.optimal(p, objective, budget, steps);
        double expected = bruteForce(p, objective, budget);
        assertEquals(expected, found.objective(objective), 1e-6 * Math.max(1, expected));
        assertTrue(found.drop() <= budget + 1e-9, "drop " + found.drop() + " over budget " + budget);
    }

    @Property(tries = 200, seed = "11")
    void searchedMappingIsNeverWorseThanAFeasiblePureMapping(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 8) int layers, @ForAll @IntRange(min = 0, max = 100) int budgetPercent,
            @ForAll Objective objective) {
        MappingProblem p = randomProblem(seed, layers, 70, false);
        double budget = budgetPercent / 100.0;
        Mapping searched = MappingSearch.optimal(p, objective, budget, 500);
        assertTrue(searched.drop() <= budget + 1e-9);
        for (Mapping pure : List.of(p.allFirst(), p.allSecond()))
            if (pure.drop() <= budget)
                assertTrue(searched.objective(objective) <= pure.objective(objective) + 1e-9,
                        pure.label() + " " + pure.objective(objective) + " beats " + searched.objective(objective));
    }

    @Test
    void unconstrainedSearchBeatsBothPureMappingsOnDianaResNet20() {
        MappingProblem p = ResNet20.onDiana(1e-5, 0.16);
        for (Objective o : Objective.values()) {
            Mapping searched = MappingSearch.optimal(p, o, 1, MappingSearch.DEFAULT_RESOLUTION);
            assertTrue(searched.objective(o) <= p.allFirst().objective(o));
            assertTrue(searched.objective(o) <= p.allSecond().objective(o));
        }
    }

    @Test
    void zeroBudgetKeepsEveryChannelOnItsMorePreciseAccelerator() {
        MappingProblem p = ResNet20.onDiana(1e-5, 0.16);
        Mapping m = MappingSearch.optimal(p, Objective.ENERGY, 0, MappingSearch.DEFAULT_RESOLUTION);
        assertArrayEquals(new int[p.layers().size()], m.secondCounts());
        assertEquals(0, m.drop(), 0);
    }

    @Test
    void paretoFrontTradesObjectiveForProxyMonotonically() {
        MappingProblem p = ResNet20.onDiana(1e-5, 0.16);
        List<Mapping> front = MappingSearch.paretoFront(p, Objective.LATENCY, 400);
        assertTrue(front.size() >= 10, "front of " + front.size());
        for (int i = 1; i < front.size(); i++) {
            assertTrue(front.get(i).drop() > front.get(i - 1).drop());
            assertTrue(front.get(i).latencyNs() < front.get(i - 1).latencyNs());
        }
        assertEquals(p.allFirst().latencyNs(), front.get(0).latencyNs(), 1e-6);
    }

    @Test
    void layerSensitivityMovesTheCheapestChannelsFirst() {
        // Moving channel 2 raises the proxy by 0.1, channel 0 by 0.3, channel 1 by 0.5.
        LayerSensitivity s = new LayerSensitivity("l", new double[] {0.1, 0.0, 0.2}, new double[] {0.4, 0.5, 0.3});
        assertEquals(0.3, s.proxy(0), 1e-12);
        assertEquals(0.4, s.proxy(1), 1e-12);
        assertArrayEquals(new int[] {2}, s.channelsOnSecond(1));
        assertEquals(0.7, s.proxy(2), 1e-12);
        assertArrayEquals(new int[] {0, 2}, s.channelsOnSecond(2));
        assertEquals(1.2, s.proxy(3), 1e-12);
    }

    @Test
    void searchIsDeterministic() {
        MappingProblem p = randomProblem(5, 6, 40, false);
        assertArrayEquals(MappingSearch.optimal(p, Objective.ENERGY, 0.3, 700).secondCounts(),
                MappingSearch.optimal(p, Objective.ENERGY, 0.3, 700).secondCounts());
    }
}
