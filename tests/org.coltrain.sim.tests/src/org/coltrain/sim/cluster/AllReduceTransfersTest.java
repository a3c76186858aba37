package org.coltrain.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coltrain.sim.cluster.net.AllReduce;
import org.coltrain.sim.cluster.net.AllReduce.Transfer;
import org.coltrain.sim.cluster.net.RingAllReduce;
import org.coltrain.sim.cluster.net.Topology;
import org.coltrain.sim.cluster.net.TreeAllReduce;
import org.junit.jupiter.api.Test;

/** Who sends to whom in one all-reduce: the schedules whose times RingAllReduce and TreeAllReduce charge. */
class AllReduceTransfersTest {

    @Test
    void ringSendsEachRankToItsSuccessorOnARingOrASwitch() {
        for (Topology t : new Topology[] { Topology.RING, Topology.SWITCH })
            assertEquals(List.of(new Transfer(0, 1, "ring"), new Transfer(1, 2, "ring"), new Transfer(2, 3, "ring"),
                    new Transfer(3, 0, "ring")), new RingAllReduce().transfers(4, t), t.name());
    }

    @Test
    void ringOnATorusRunsAroundEachRowThenEachColumn() {
        // 6 ranks: torusRows(6) = 2 rows of 3, row-major
        List<Transfer> t = new RingAllReduce().transfers(6, Topology.TORUS_2D);
        assertEquals(List.of(new Transfer(0, 1, "row ring"), new Transfer(1, 2, "row ring"), new Transfer(2, 0, "row ring"),
                new Transfer(3, 4, "row ring"), new Transfer(4, 5, "row ring"), new Transfer(5, 3, "row ring"),
                new Transfer(0, 3, "column ring"), new Transfer(1, 4, "column ring"), new Transfer(2, 5, "column ring"),
                new Transfer(3, 0, "column ring"), new Transfer(4, 1, "column ring"), new Transfer(5, 2, "column ring")), t);
        // 48 workers (examples/cluster): 6 rows of 8, each rank sends once along its row and once along its column
        List<Transfer> fleet = new RingAllReduce().transfers(48, Topology.TORUS_2D);
        assertEquals(96, fleet.size());
        for (int r = 0; r < 48; r++) {
            int rank = r;
            assertEquals(2, fleet.stream().filter(x -> x.from() == rank).count());
            assertEquals(2, fleet.stream().filter(x -> x.to() == rank).count());
        }
    }

    @Test
    void treeReducesInRoundsOfDoublingDistanceAsItsTimeCharges() {
        // 5 ranks: round 0 pairs 1->0 and 3->2, round 1 2->0, round 2 4->0 (distance 2^k, as TreeAllReduce.timeNs)
        assertEquals(List.of(new Transfer(1, 0, "round 0"), new Transfer(3, 2, "round 0"), new Transfer(2, 0, "round 1"),
                new Transfer(4, 0, "round 2")), new TreeAllReduce().transfers(5, Topology.SWITCH));
    }

    @Test
    void oneRankSendsNothing() {
        for (AllReduce a : new AllReduce[] { new RingAllReduce(), new TreeAllReduce() })
            assertEquals(List.of(), a.transfers(1, Topology.TORUS_2D), a.name());
    }
}
