package org.coltrain.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.FleetResult;
import org.coltrain.model.MappingResult;
import org.coltrain.model.SweepResult;
import org.coltrain.ui.launch.LaunchAttributes;
import org.coltrain.ui.launch.SimulationJob;
import org.coltrain.ui.launch.SimulationRequest;
import org.coltrain.ui.launch.SimulationRun;
import org.coltrain.ui.launch.SimulationShortcut;
import org.coltrain.ui.results.ResultsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.Test;

/**
 * Run As > ColTraIn Simulation on every kind of runnable element: the shortcut offers them all, and a mapping, a
 * cluster and a sweep run through the bridge pipeline as jobs, write their folder and show in the Results view.
 */
class RunEveryElementTest {

    private static final Duration RUN_WAIT = Duration.ofMinutes(4);

    @Test
    void runAsOffersEveryRunnableElementOfTheFile() throws Exception {
        IFile equinox = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        List<String> labels = SimulationShortcut.targets(equinox).stream().map(RunTarget::label).toList();
        // five experiments (examples/equinox/equinox.coltrain), four of them with sweep entries
        assertEquals(List.of("experiment LatencyOptimalFifo", "sweep LatencyOptimalFifo", "experiment EquinoxAdaptive",
                "sweep EquinoxAdaptive", "experiment EquinoxCoLocated", "sweep EquinoxCoLocated", "experiment DedicatedTraining",
                "experiment BatchingTradeoff", "sweep BatchingTradeoff"), labels);
        assertEquals(List.of("mapping ResNet20OnDiana"), SimulationShortcut.targets(Ui.examplesProject().getFile("odimo/diana.coltrain"))
                .stream().map(RunTarget::label).toList());
        assertEquals(List.of("cluster Fleet"), SimulationShortcut.targets(Ui.examplesProject().getFile("cluster/fleet.coltrain"))
                .stream().map(RunTarget::label).toList());
    }

    @Test
    void aMappingRunsAsAJobAndTheResultsViewShowsItsReport() throws Exception {
        IFolder out = launch(Ui.examplesProject().getFile("odimo/diana.coltrain"), "mapping", "ResNet20OnDiana", "out/diana");
        assertInstanceOf(MappingResult.class, ResultsToModel.loadAny(path(out).resolve("results.xmi")));
        assertTrue(read(out, "results.json").contains("\"mapping\": \"ResNet20OnDiana\""));
        assertTrue(read(out, "report.html").contains("data-diagram=\"odimo-split\""));
        assertShownWithEveryDiagram(out);
    }

    @Test
    void aClusterRunsAsAJobAndTheResultsViewShowsItsReport() throws Exception {
        IFolder out = launch(Ui.examplesProject().getFile("cluster/fleet.coltrain"), "cluster", "Fleet", "out/fleet");
        FleetResult r = assertInstanceOf(FleetResult.class, ResultsToModel.loadAny(path(out).resolve("results.xmi")));
        assertEquals(64, r.getNodes().size());
        assertTrue(read(out, "report.html").contains("data-diagram=\"cluster-topology\""));
        assertTrue(Files.exists(path(out).resolve("series.csv")));
        assertShownWithEveryDiagram(out);
    }

    @Test
    void aSweepRunsFromTheIdeWithProgressPointByPoint() throws Exception {
        IFile model = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        List<String> tasks = new ArrayList<>();
        int[] worked = { 0 };
        var monitor = new NullProgressMonitor() {
            @Override
            public void subTask(String name) {
                tasks.add(name);
            }

            @Override
            public void worked(int work) {
                worked[0] += work;
            }
        };
        StringWriter console = new StringWriter();
        IFolder out = SimulationRun.run(new SimulationRequest(model, "sweep", "EquinoxAdaptive", null, "out/adaptive-sweep", false),
                monitor, new PrintWriter(console, true));
        SweepResult sweep = assertInstanceOf(SweepResult.class, ResultsToModel.loadAny(path(out).resolve("results.xmi")));
        assertEquals(5, sweep.getPoints().size(), "the five rates of the example");
        for (int k = 1; k <= 5; k++) assertTrue(tasks.contains("sweep point " + k + " of 5"), "progress after point " + k + ": " + tasks);
        assertTrue(worked[0] >= 900, "the run's share of the monitor is used up: " + worked[0]);
        assertTrue(console.toString().contains("5 points on"), console.toString());
        assertEquals(6, Files.readAllLines(path(out).resolve("sweep.csv")).size());
    }

    @Test
    void aCancelledRunWritesNothing() throws Exception {
        IFile model = Ui.examplesProject().getFile("cluster/fleet.coltrain");
        IFolder out = model.getProject().getFolder("out/cancelled");
        SimulationJob job = new SimulationJob(new SimulationRequest(model, "cluster", "Fleet", null, "out/cancelled", true));
        job.schedule();
        Ui.waitUntil("the job to start", Duration.ofSeconds(60), () -> job.getState() == Job.RUNNING);
        Ui.settle(Duration.ofSeconds(3));
        job.cancel();
        Ui.waitUntil("the job to stop", RUN_WAIT, () -> job.getResult() != null);
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
        Path dir = path(out);
        assertFalse(Files.exists(dir), "no output folder");
        if (Files.isDirectory(dir.getParent()))
            try (Stream<Path> siblings = Files.list(dir.getParent())) {
                assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".cancelled.")), "no staging folder left");
            }
    }

    /** Runs {@code element} of {@code model} as {@code kind} through a launch configuration; waits for the job. */
    private static IFolder launch(IFile model, String kind, String element, String output) throws Exception {
        ILaunchConfigurationWorkingCopy config = SimulationShortcut.configurationFor(model, kind, element).getWorkingCopy();
        config.setAttribute(LaunchAttributes.OUTPUT, output);
        config.doSave().launch(ILaunchManager.RUN_MODE, null);
        IFolder out = model.getProject().getFolder(output);
        // the delegate schedules the job before launch returns; a job that fails ends without results.json
        Ui.waitUntil("the " + kind + " job", RUN_WAIT, () -> Job.getJobManager().find(SimulationJob.FAMILY).length == 0);
        assertTrue(out.getFile("results.json").exists(), "the " + kind + " run wrote its folder (see the workspace log if not)");
        return out;
    }

    private static void assertShownWithEveryDiagram(IFolder out) throws Exception {
        Ui.waitUntil("the Results view to show the run", Duration.ofSeconds(30),
                () -> Ui.page().findView(ResultsView.ID) instanceof ResultsView v && out.equals(v.shown()));
        ResultsView view = (ResultsView) Ui.page().findView(ResultsView.ID);
        long svgs;
        try (Stream<Path> walk = Files.walk(path(out))) {
            svgs = walk.filter(p -> p.toString().endsWith(".svg")).count();
        }
        assertTrue(svgs >= 2, "the report's diagram and plots");
        assertEquals(svgs, view.renderedDiagrams(), "every SVG of the run is rendered");
    }

    private static Path path(IFolder folder) {
        return folder.getLocation().toFile().toPath();
    }

    private static String read(IFolder folder, String file) throws Exception {
        return Files.readString(path(folder).resolve(file), StandardCharsets.UTF_8);
    }
}
