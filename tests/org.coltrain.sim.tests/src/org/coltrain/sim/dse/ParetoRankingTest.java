package org.coltrain.sim.dse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Dominance, fronts and crowding distance of NSGA-II (Deb et al. 2002), on vectors small enough to check by hand. */
class ParetoRankingTest {

    @Test
    void dominanceNeedsNoWorseEverywhereAndBetterSomewhere() {
        // (1,2) vs (2,1): better in one, worse in the other -> neither dominates
        assertFalse(ParetoRanking.dominates(new double[] {1, 2}, new double[] {2, 1}));
        assertFalse(ParetoRanking.dominates(new double[] {2, 1}, new double[] {1, 2}));
        // (1,2) vs (2,2): equal in the second, better in the first -> dominates
        assertTrue(ParetoRanking.dominates(new double[] {1, 2}, new double[] {2, 2}));
        // equal vectors: better nowhere -> neither dominates the other
        assertFalse(ParetoRanking.dominates(new double[] {1, 2}, new double[] {1, 2}));
    }

    @Test
    void frontsPeelNonDominatedLayers() {
        // (1,2) and (2,1) are dominated by nothing; (2,2) only by those two; (3,3) also by (2,2)
        List<double[]> points = List.of(new double[] {3, 3}, new double[] {1, 2}, new double[] {2, 2},
                new double[] {2, 1});
        assertEquals(List.of(List.of(1, 3), List.of(2), List.of(0)), ParetoRanking.fronts(points));
    }

    @Test
    void crowdingGivesTheEndsInfinityAndInnerPointsTheirNeighboursGap() {
        // front (0,2), (1,1), (2,0): per objective the range is 2 and the middle point's neighbours are 2 apart,
        // so it gets 2/2 + 2/2 = 2; the two ends are boundary points in both objectives
        List<double[]> points = List.of(new double[] {0, 2}, new double[] {1, 1}, new double[] {2, 0});
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, 2, Double.POSITIVE_INFINITY},
                ParetoRanking.crowding(points, List.of(0, 1, 2)));
    }
}
