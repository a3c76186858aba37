package org.coltrain.sim.dse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointFailure;
import org.coltrain.sim.exec.PointTask;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/** The multi-objective search: exact front on a grid, pruning that never loses a front member, determinism. */
class ParetoSearchTest {

    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
    private static final AcceleratorSpec TEMPLATE = ReferenceAccelerators.costReference(FIXED8);
    private static final long BUFFERS = TEMPLATE.ifmapBufferBytes() + TEMPLATE.weightBufferBytes()
            + TEMPLATE.ofmapBufferBytes();
    private static final DesignSpaceSpec SPACE = new DesignSpaceSpec(List.of(16, 32, 64, 128), List.of(16, 32, 64, 128),
            List.of(Dataflow.values()), List.of(BUFFERS), List.of(FIXED8), List.of(1, 2, 4), List.of());
    // four reference designs' worth of area and power
    private static final DesignBudget ENVELOPE = new DesignBudget(4 * CostModel.areaMm2(TEMPLATE),
            4 * CostModel.powerMw(TEMPLATE));

    /**
     * Capacity: PEs, halved for all but output-stationary; bound: PEs for output-stationary, 3/4 of them for the
     * others (never below the measured half). Area exact. So a weight- or input-stationary candidate's bound
     * (0.75 PEs, area) is dominated by its output-stationary twin's measured (PEs, same area) once the twin is measured.
     */
    record Pes() implements MultiObjective, PointTask<Candidate, double[]> {
        static double pes(Candidate c) {
            return (double) c.arrayCount() * c.at().rows() * c.at().cols();
        }

        @Override
        public List<Objective> objectives() { return List.of(Objective.CAPACITY, Objective.AREA); }

        @Override
        public double[] optimistic(Candidate c) {
            return new double[] {pes(c) * (c.at().dataflow() == Dataflow.OUTPUT_STATIONARY ? 1 : 0.75), c.areaMm2()};
        }

        @Override
        public PointTask<Candidate, double[]> measurement() { return this; }

        @Override
        public double[] evaluate(Candidate c) {
            return new double[] {pes(c) * (c.at().dataflow() == Dataflow.OUTPUT_STATIONARY ? 1 : 0.5), c.areaMm2()};
        }
    }

    private static List<Candidate> all() {
        return Candidates.enumerate(TEMPLATE, SPACE, ENVELOPE);
    }

    /** Indices of the non-dominated candidates, by comparing every pair of measured values. */
    private static List<Integer> exhaustiveFront(List<Candidate> all) {
        List<double[]> v = new ArrayList<>();
        for (Candidate c : all) {
            double[] m = new Pes().evaluate(c);
            v.add(new double[] {-m[0], m[1]});
        }
        List<Integer> front = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            boolean dominated = false;
            for (int j = 0; j < v.size() && !dominated; j++) dominated = ParetoRanking.dominates(v.get(j), v.get(i));
            if (!dominated) front.add(i);
        }
        return front;
    }

    private static List<Integer> onFront(ExploreOutcome out) {
        List<Integer> f = new ArrayList<>();
        for (int i = 0; i < out.rows().size(); i++) if (out.rows().get(i).onFront()) f.add(i);
        return f;
    }

    @Test
    void countsRangeKeepsOnlyCountsThatFit() {
        // 4 reference designs' worth of area: 1, 2 and 4 arrays of the reference 128x128 all fit
        List<Candidate> all = all();
        assertEquals(List.of(1, 2, 4), all.stream().filter(c -> c.at().rows() == 128 && c.at().cols() == 128
                && c.at().dataflow() == Dataflow.WEIGHT_STATIONARY).map(Candidate::arrayCount).toList());
        // ... but 8 reference designs do not fit into 4 designs' area
        DesignSpaceSpec eight = new DesignSpaceSpec(List.of(TEMPLATE.rows()), List.of(TEMPLATE.cols()),
                List.of(TEMPLATE.dataflow()), List.of(BUFFERS), List.of(FIXED8), List.of(8 * TEMPLATE.arrayCount()),
                List.of());
        assertEquals(0, Candidates.enumerate(TEMPLATE, eight, ENVELOPE).size());
    }

    @Test
    void gridFrontIsTheExhaustiveNonDominatedSetAndPruningLosesNoneOfIt() throws PointFailure {
        List<Candidate> all = all();
        ExploreOutcome out = ParetoSearch.run(SPACE, all, new Pes(), new Strategy.Grid(), 1, new InProcessEngine(1),
                ParetoSearch.Progress.NONE);
        List<Integer> exhaustive = exhaustiveFront(all);
        assertEquals(exhaustive, onFront(out));
        // every front member is output-stationary: the same shape's other dataflows have half its capacity, same area
        for (int i : exhaustive) assertEquals(Dataflow.OUTPUT_STATIONARY, all.get(i).at().dataflow());
        // the grid measures in decreasing order of the capacity bound, so an OS twin (bound PEs) comes before its
        // WS and IS twins (0.75 PEs) and prunes those that fall into a later wave of 8
        int pruned = out.count(ExploreOutcome.Status.PRUNED);
        assertTrue(pruned > 0, "nothing pruned");
        assertEquals(all.size(), pruned + out.count(ExploreOutcome.Status.MEASURED));
        for (int i : exhaustive) assertEquals(ExploreOutcome.Status.MEASURED, out.rows().get(i).status());
    }

    @Test
    void randomVisitsExactlyItsSampleWithoutReplacement() throws PointFailure {
        List<Candidate> all = all();
        ExploreOutcome out = ParetoSearch.run(SPACE, all, new Pes(), new Strategy.Random(10), 3, new InProcessEngine(1),
                ParetoSearch.Progress.NONE);
        assertEquals(10, out.count(ExploreOutcome.Status.MEASURED) + out.count(ExploreOutcome.Status.PRUNED));
        assertEquals(all.size() - 10, out.count(ExploreOutcome.Status.NOT_VISITED));
    }

    @Test
    void nsga2IsDeterministicForASeedOnOneOrTwoThreads() throws PointFailure {
        List<Candidate> all = all();
        Strategy nsga = new Strategy.Nsga2(6, 4);
        ExploreOutcome one = ParetoSearch.run(SPACE, all, new Pes(), nsga, 7, new InProcessEngine(1), ParetoSearch.Progress.NONE);
        ExploreOutcome two = ParetoSearch.run(SPACE, all, new Pes(), nsga, 7, new InProcessEngine(2), ParetoSearch.Progress.NONE);
        assertEquals(one.rows().size(), two.rows().size());
        for (int i = 0; i < one.rows().size(); i++) {
            assertEquals(one.rows().get(i).status(), two.rows().get(i).status(), "status of candidate " + i);
            assertArrayEquals(one.rows().get(i).values(), two.rows().get(i).values(), "values of candidate " + i);
            assertEquals(one.rows().get(i).onFront(), two.rows().get(i).onFront());
        }
        int visited = all.size() - one.count(ExploreOutcome.Status.NOT_VISITED);
        // at least the initial population, at most population x (generations + 1) = 30
        assertTrue(visited >= 6 && visited <= 30, visited + " visited");
        ExploreOutcome other = ParetoSearch.run(SPACE, all, new Pes(), nsga, 8, new InProcessEngine(1), ParetoSearch.Progress.NONE);
        assertFalse(statuses(one).equals(statuses(other)), "seeds 7 and 8 visited the same candidates");
    }

    @Test
    void nsga2PrunesOnlyCandidatesOffTheFront() throws PointFailure {
        List<Candidate> all = all();
        List<Integer> exhaustive = exhaustiveFront(all);
        ExploreOutcome out = ParetoSearch.run(SPACE, all, new Pes(), new Strategy.Nsga2(8, 5), 11,
                new InProcessEngine(1), ParetoSearch.Progress.NONE);
        for (int i : exhaustive) assertTrue(out.rows().get(i).status() != ExploreOutcome.Status.PRUNED, "pruned " + i);
    }

    @Test
    void sensitivityIsTheSpreadOfEachRangesMeans() throws PointFailure {
        List<Candidate> all = all();
        ExploreOutcome out = ParetoSearch.run(SPACE, all, new Pes(), new Strategy.Grid(), 1, new InProcessEngine(1),
                ParetoSearch.Progress.NONE);
        // ranges with more than one value: rows, cols, dataflow, count; two objectives each
        assertEquals(8, out.sensitivity().size());
        ExploreOutcome.Sensitivity s = out.sensitivity().get(0);
        assertEquals("rows", s.range());
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double m : s.means()) { lo = Math.min(lo, m); hi = Math.max(hi, m); }
        assertEquals(hi - lo, s.spread());
    }

    private static List<ExploreOutcome.Status> statuses(ExploreOutcome o) {
        return o.rows().stream().map(ExploreOutcome.Row::status).toList();
    }

    @Test
    void canonicalTextAndKeyAreUnchangedWithoutTheNewRanges() {
        DesignSpaceSpec five = new DesignSpaceSpec(List.of(64), List.of(128), List.of(Dataflow.OUTPUT_STATIONARY),
                List.of(16L << 20), List.of(FIXED8));
        // the text the shipped study caches were hashed with before counts and clocks existed
        assertEquals("rows=[64];cols=[128];dataflows=[OUTPUT_STATIONARY];buffers=[16777216];encodings=" + List.of(FIXED8),
                five.canonical());
        assertEquals("64x128/output-stationary/16MiB/" + FIXED8.shortName(),
                new DesignCoordinates(64, 128, Dataflow.OUTPUT_STATIONARY, 16L << 20, FIXED8).key());
        assertEquals("64x128/output-stationary/16MiB/" + FIXED8.shortName() + "/4-arrays/700MHz",
                new DesignCoordinates(64, 128, Dataflow.OUTPUT_STATIONARY, 16L << 20, FIXED8, 4, 700e6).key());
        DesignSpaceSpec seven = new DesignSpaceSpec(List.of(64), List.of(128), List.of(Dataflow.OUTPUT_STATIONARY),
                List.of(16L << 20), List.of(FIXED8), List.of(4), List.of(1e9));
        assertEquals(five.canonical() + ";counts=[4];clocks=[1.0E9]", seven.canonical());
    }
}
