package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.ModelToExplore;
import org.coltrain.bridge.run.ExploreOutput;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunMonitor;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.ExploreStrategy;
import org.coltrain.model.Model;
import org.coltrain.sim.dse.Candidate;
import org.coltrain.sim.dse.Candidates;
import org.coltrain.sim.dse.ExploreOutcome;
import org.coltrain.sim.dse.ParetoRanking;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * The analytical bounds prune real candidates without losing the front: the Equinox exploration over capacity, area
 * and power on a grid (where a weight-stationary design's capacity bound falls below the measured capacity of an
 * output-stationary one of the same area and power) has the same front as every candidate simulated.
 */
class ExplorePruningTest {

    @Test
    void aPrunedGridHasTheFrontOfTheExhaustiveOne() throws Exception {
        XtextResourceSet resources = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Resource r = resources.getResource(URI.createFileURI(new File("examples/equinox/dse.coltrain").getAbsolutePath()), true);
        EcoreUtil.resolveAll(resources);
        Explore e = (Explore) ((Model) r.getContents().get(0)).getElements().get(0);
        e.getObjectives().retainAll(List.of(ExploreObjective.CAPACITY, ExploreObjective.AREA, ExploreObjective.POWER));
        e.unsetTrainingLoadHz();
        e.setStrategy(ExploreStrategy.GRID);
        ExploreOutcome grid = ((ExploreOutput) RunKinds.EXPLORE.prepare(e, "test", RunOptions.DEFAULTS.withJobs(2))
                .run(RunMonitor.NONE)).outcome();
        assertTrue(grid.count(ExploreOutcome.Status.PRUNED) > 0, "nothing pruned");

        ModelToExplore.Problem p = ModelToExplore.problem(e, null);
        List<Candidate> all = Candidates.enumerate(p.template(), p.space(), p.envelope());
        List<double[]> measured = new ArrayList<>();
        for (Candidate c : all) {
            double[] v = p.objectives().evaluate(c);
            measured.add(new double[] {-v[0], v[1], v[2]}); // capacity is maximised
        }
        List<Integer> exhaustive = new ArrayList<>(), front = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean dominated = false;
            for (double[] m : measured) dominated |= ParetoRanking.dominates(m, measured.get(i));
            if (!dominated) exhaustive.add(i);
            if (grid.rows().get(i).onFront()) front.add(i);
        }
        assertEquals(exhaustive, front);
    }
}
