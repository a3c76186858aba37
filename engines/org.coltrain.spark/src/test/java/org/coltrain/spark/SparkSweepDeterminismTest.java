package org.coltrain.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coltrain.bridge.results.SweepCsv;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunMonitor;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.SweepOutput;
import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.Element;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.exec.PointEngineProvider;
import org.coltrain.sim.exec.PointEngines;
import org.coltrain.sim.exec.PointFailure;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every sweep of the shipped examples gives the same sweep.csv, byte for byte, in-process on one thread and on Spark
 * local[1] and local[2]: the points are converted on the driver and simulated wherever Spark puts them.
 */
class SparkSweepDeterminismTest {

    /** Shipped example files with a sweep (grep examples for "sweep", less the invalid ones). */
    private static final List<String> EXAMPLES = List.of("examples/serving.coltrain", "examples/equinox/equinox.coltrain");

    private static final Map<String, String> expected = new LinkedHashMap<>();
    private static final List<Experiment> sweeps = new ArrayList<>();

    @BeforeAll
    static void inProcess() throws Exception {
        XtextResourceSet resources = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        for (String example : EXAMPLES) {
            Resource r = resources.getResource(URI.createFileURI(new File(example).getAbsolutePath()), true);
            EcoreUtil.resolveAll(resources);
            for (Element e : ((Model) r.getContents().get(0)).getElements())
                if (e instanceof Experiment x && RunKinds.SWEEP.runs(x)) sweeps.add(x);
        }
        assertTrue(sweeps.size() >= 5, "expected the shipped sweeps, found " + sweeps.size());
        for (Experiment x : sweeps) expected.put(x.getName(), csv(x, new InProcessEngine(1)));
    }

    private static String csv(Experiment experiment, PointEngine engine) throws Exception {
        RunOptions options = RunOptions.DEFAULTS.withJobs(1).with(PointEngine.class, engine);
        SweepOutput out = (SweepOutput) RunKinds.SWEEP.prepare(experiment, "test", options).run(RunMonitor.NONE);
        return SweepCsv.toCsv(out.paths(), out.rows());
    }

    @Test
    void sparkLocalOneAndTwoGiveTheInProcessRows() throws Exception {
        for (String master : List.of("local[1]", "local[2]")) {
            try (SparkEngine spark = (SparkEngine) PointEngines.byName("spark",
                    new PointEngineProvider.Options(1, master, Map.of())).orElseThrow()) {
                for (Experiment x : sweeps)
                    assertEquals(expected.get(x.getName()), csv(x, spark), x.getName() + " on " + master);
                // a failing point is named by its index, the lowest failing one, with the point's own message
                PointFailure f = assertThrows(PointFailure.class, () -> spark.evaluate(List.of(1, 2, 3, 4),
                        p -> { if (p >= 3) throw new IllegalArgumentException("point " + p + " refused"); return p; },
                        PointEngine.Progress.NONE));
                assertEquals(2, f.index());
                assertEquals("point 3 refused", f.getCause().getMessage());
                assertFalse(spark.master().isEmpty());
            }
        }
    }
}
