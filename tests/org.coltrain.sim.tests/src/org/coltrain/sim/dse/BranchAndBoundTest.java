package org.coltrain.sim.dse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.coltrain.sim.array.DesignBudget;
import org.coltrain.sim.array.ReferenceAccelerators;
import org.coltrain.sim.cost.CostModel;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.junit.jupiter.api.Test;

/** The design search: exact with an admissible bound, pruning what the bound rules out, order-independent seeds. */
class BranchAndBoundTest {

    private static final EncodingSpec FIXED8 = EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST);
    private static final AcceleratorSpec TEMPLATE = ReferenceAccelerators.costReference(FIXED8);
    private static final DesignSpaceSpec SPACE = new DesignSpaceSpec(List.of(16, 32, 64, 128), List.of(16, 32, 64, 128),
            List.of(Dataflow.values()), List.of(TEMPLATE.ifmapBufferBytes() + TEMPLATE.weightBufferBytes()
                    + TEMPLATE.ofmapBufferBytes()), List.of(FIXED8));
    // four reference designs' worth of area and power
    private static final DesignBudget ENVELOPE = new DesignBudget(4 * CostModel.areaMm2(TEMPLATE),
            4 * CostModel.powerMw(TEMPLATE));

    /** Objective: PEs, halved for all but output-stationary; bound: PEs (never below the objective). */
    private static final class Pes implements Evaluator {
        int evaluated;

        static double pes(Candidate c) {
            return (double) c.arrayCount() * c.at().rows() * c.at().cols();
        }

        @Override
        public double upperBound(Candidate c) { return pes(c); }

        @Override
        public double evaluate(Candidate c, long seed) {
            evaluated++;
            return pes(c) * (c.at().dataflow() == Dataflow.OUTPUT_STATIONARY ? 1 : 0.5);
        }
    }

    @Test
    void findsTheBestCandidateWithoutMeasuringThoseItsBoundRulesOut() {
        List<Candidate> all = Candidates.enumerate(TEMPLATE, SPACE, ENVELOPE);
        assertEquals(SPACE.size(), all.size(), "every point fits at least one array");
        Pes objective = new Pes();
        SearchOutcome out = BranchAndBound.maximize(all, objective, 1);
        Candidate brute = all.stream().max(Comparator.comparingDouble(c -> new Pes().evaluate(c, 0))).orElseThrow();
        assertEquals(new Pes().evaluate(brute, 0), out.bestObjective());
        assertEquals(Dataflow.OUTPUT_STATIONARY, out.best().at().dataflow());
        assertTrue(objective.evaluated < all.size(), objective.evaluated + " of " + all.size() + " measured");
        assertEquals(all.size() - objective.evaluated, out.pruned());
        assertEquals(objective.evaluated, out.evaluated().size());
    }

    @Test
    void aBoundEqualToTheObjectiveMeasuresOneCandidate() {
        List<Candidate> all = Candidates.enumerate(TEMPLATE, SPACE, ENVELOPE);
        Evaluator exact = new Evaluator() {
            @Override public double upperBound(Candidate c) { return Pes.pes(c); }
            @Override public double evaluate(Candidate c, long seed) { return Pes.pes(c); }
        };
        assertEquals(1, BranchAndBound.maximize(all, exact, 1).evaluated().size());
    }

    @Test
    void theResultAndEachPointsSeedDoNotDependOnTheEnumerationOrder() {
        List<Candidate> all = Candidates.enumerate(TEMPLATE, SPACE, ENVELOPE);
        List<Candidate> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        List<Long> seeds = new ArrayList<>();
        Evaluator recordSeeds = new Evaluator() {
            @Override public double upperBound(Candidate c) { return Pes.pes(c); }
            @Override public double evaluate(Candidate c, long seed) {
                assertEquals(c.at().seed(7), seed);
                seeds.add(seed);
                return Pes.pes(c) * (c.at().dataflow() == Dataflow.OUTPUT_STATIONARY ? 1 : 0.5);
            }
        };
        double a = BranchAndBound.maximize(all, recordSeeds, 7).bestObjective();
        double b = BranchAndBound.maximize(reversed, recordSeeds, 7).bestObjective();
        assertEquals(a, b);
        assertTrue(seeds.stream().distinct().count() > 1, "points get different seeds");
    }
}
