package org.coltrain.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.report.plot.ParetoFront;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {

    // latency (lower better), throughput (higher better):
    // 0 (1,1) lowest latency: on the front; 1 (2,3) on it; 2 (3,2) dominated by 1; 3 (4,4) highest throughput: on it;
    // 4 (2,3) equal to 1: kept with it; 5 (5,4) dominated by 3 (same throughput, more latency)
    static final double[] X = { 1, 2, 3, 4, 2, 5 }, Y = { 1, 3, 2, 4, 3, 4 };

    @Test
    void frontKeepsExactlyTheNonDominatedPoints() {
        assertEquals(List.of(0, 1, 4, 3), ParetoFront.of(X, Y, true, true));
    }

    @Test
    void directionsAreHonoured() {
        // higher x and lower y better: (5,4) beats (4,4); (3,2) has the lowest y among x >= 3... worked by hand:
        // sorted by x descending: 5 (5,4) front; 3 (4,4) y not lower; 2 (3,2) y 2 < 4 front; 1,4 (2,3) no; 0 (1,1) front
        assertEquals(List.of(0, 2, 5), ParetoFront.of(X, Y, false, false));
    }
}
