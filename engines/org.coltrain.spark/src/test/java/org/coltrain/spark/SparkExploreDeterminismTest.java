package org.coltrain.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.run.ExploreOutput;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunMonitor;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.Explore;
import org.coltrain.model.ExploreObjective;
import org.coltrain.model.ExploreStrategy;
import org.coltrain.model.Model;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointEngineProvider;
import org.coltrain.sim.exec.PointEngines;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * A small design exploration (the shipped Equinox one, cut to a seeded random sample of 6 candidates without the
 * co-location objective) gives the same dse.csv, byte for byte, in-process on one thread and on Spark local[2]:
 * the candidates are measured wherever Spark puts them, and which are pruned does not depend on the engine.
 */
class SparkExploreDeterminismTest {

    private static Explore smallExplore() {
        XtextResourceSet resources = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Resource r = resources.getResource(URI.createFileURI(new File("examples/equinox/dse.coltrain").getAbsolutePath()), true);
        EcoreUtil.resolveAll(resources);
        Explore e = (Explore) ((Model) r.getContents().get(0)).getElements().get(0);
        e.getObjectives().remove(ExploreObjective.TRAINING);
        e.unsetTrainingLoadHz();
        e.setStrategy(ExploreStrategy.RANDOM);
        e.setSamples(6);
        return e;
    }

    private static String dseCsv(Explore e, PointEngine engine) throws Exception {
        RunOptions options = RunOptions.DEFAULTS.withJobs(1).with(PointEngine.class, engine);
        ExploreOutput out = (ExploreOutput) RunKinds.EXPLORE.prepare(e, "test", options).run(RunMonitor.NONE);
        return out.tables().get("dse.csv");
    }

    @Test
    void sparkLocalTwoGivesTheInProcessRows() throws Exception {
        Explore e = smallExplore();
        String inProcess = dseCsv(e, new InProcessEngine(1));
        // 6 candidates visited (measured or pruned), the others listed as not visited
        assertEquals(6, inProcess.lines().filter(l -> l.contains(",measured,") || l.contains(",pruned,")).count(), inProcess);
        try (SparkEngine spark = (SparkEngine) PointEngines.byName("spark",
                new PointEngineProvider.Options(1, "local[2]", Map.of())).orElseThrow()) {
            assertEquals(inProcess, dseCsv(e, spark));
        }
        assertTrue(List.of(inProcess.split("\n")).size() > 7, "every candidate of the envelope has a row");
    }
}
