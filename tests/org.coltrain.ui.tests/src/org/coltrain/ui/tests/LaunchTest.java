package org.coltrain.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.coltrain.ui.launch.LaunchAttributes;
import org.coltrain.ui.launch.SimulationJob;
import org.coltrain.ui.launch.SimulationShortcut;
import org.coltrain.ui.results.ResultsModelEditor;
import org.coltrain.ui.results.ResultsView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Run As > ColTraIn Simulation end to end: launch configuration, job, results.json, Results view, screenshot. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LaunchTest {

    private static final Duration RUN_WAIT = Duration.ofMinutes(3);
    private static final String EXPERIMENT = "EquinoxCoLocated";

    @Test
    @Order(1)
    void aLaunchConfigurationRunsTheGeneratedSimulationAndTheResultsViewShowsIt() throws Exception {
        IFile model = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        IFolder out = run(model, "out/generated", true);
        String json = Files.readString(out.getFile("results.json").getLocation().toFile().toPath(), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"experiment\": \"" + EXPERIMENT + "\""), json);
        assertTrue(json.contains("\"seed\": 7"), "the configuration's seed overrides the experiment's: " + json);
        assertTrue(out.getFile("results.xmi").exists(), "the output folder is refreshed");

        ResultsView view = (ResultsView) Ui.page().findView(ResultsView.ID);
        Ui.waitUntil("the Results view to show the run", Duration.ofSeconds(30),
                () -> Ui.page().findView(ResultsView.ID) instanceof ResultsView v && out.equals(v.shown()));
        view = (ResultsView) Ui.page().findView(ResultsView.ID);
        assertEquals(out, view.shown());
        // The report draws the architecture and timeline diagrams and the plots as SVG; the view renders each.
        long svgs;
        try (var walk = Files.walk(out.getLocation().toFile().toPath())) {
            svgs = walk.filter(p -> p.toString().endsWith(".svg")).count();
        }
        assertTrue(svgs > 0, "the run wrote SVG diagrams");
        assertEquals(svgs, view.renderedDiagrams(), "every SVG of the run is rendered");
    }

    @Test
    @Order(2)
    void theInterpretedRunWritesTheSameResultsAsTheGeneratedOne() throws Exception {
        IFile model = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        IFolder interpreted = run(model, "out/interpreted", false);
        IFolder generated = Ui.exampleProject().getFolder("out/generated");
        assertEquals(Files.readString(generated.getFile("results.json").getLocation().toFile().toPath()),
                Files.readString(interpreted.getFile("results.json").getLocation().toFile().toPath()),
                "same model and seed give identical results on both paths, as for coltrain run --interpret");
    }

    @Test
    @Order(3)
    void resultsXmiOpensAsATree() throws Exception {
        IFile xmi = Ui.exampleProject().getFile("out/generated/results.xmi");
        var editor = IDE.openEditor(Ui.page(), xmi);
        ResultsModelEditor tree = assertInstanceOf(ResultsModelEditor.class, editor);
        assertTrue(tree.viewer().getTree().getItemCount() >= 1, "the run result is the tree's root");
        Ui.page().closeEditor(editor, false);
    }

    @Test
    @Order(4)
    void theResultsViewRendersEverySvgUnderTheRunFolder() throws Exception {
        // A fixture folder with one small hand-written SVG: the renderer must draw what the report writes.
        IFolder fixture = Ui.exampleProject().getFolder("out/svg-fixture");
        Path dir = fixture.getLocation().toFile().toPath();
        Files.createDirectories(dir.resolve("plots"));
        Files.writeString(dir.resolve("plots/bars.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
                  <rect x="10" y="40" width="40" height="60" fill="#1f77b4"/>
                  <rect x="80" y="10" width="40" height="90" fill="#ff7f0e"/>
                </svg>
                """);
        Files.copy(Ui.exampleProject().getFile("out/generated/results.json").getLocation().toFile().toPath(), dir.resolve("results.json"));
        fixture.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        ResultsView.open(fixture);
        ResultsView view = (ResultsView) Ui.page().findView(ResultsView.ID);
        assertEquals(1, view.renderedDiagrams());
    }

    @Test
    @Order(5)
    void screenshotOfTheEditorAndTheResultsOfARun() throws Exception {
        IFile model = Ui.exampleProject().getFile("equinox/equinox.coltrain");
        Ui.settle(Duration.ofSeconds(1)); // earlier runs' pending "show results" first
        Ui.open(model);
        ResultsView.open(Ui.exampleProject().getFolder("out/generated"));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1400, 900);
        Ui.settle(Duration.ofSeconds(2));
        Path png = Path.of(System.getProperty("coltrain.screenshots", "target/screenshots")).resolve("ide-editor-and-results.png");
        save(shell, png);
        assertTrue(Files.size(png) > 10_000, "a screenshot with content: " + png);
    }

    /** Runs the model's EXPERIMENT with seed 7 through a launch configuration; waits for the job. */
    private static IFolder run(IFile model, String output, boolean generated) throws Exception {
        return run(model, EXPERIMENT, output, generated);
    }

    /** Runs {@code experiment} of the model with seed 7 through a launch configuration; waits for the job. */
    static IFolder run(IFile model, String experiment, String output, boolean generated) throws Exception {
        ILaunchConfigurationWorkingCopy config = SimulationShortcut.configurationFor(model).getWorkingCopy();
        config.setAttribute(LaunchAttributes.ELEMENT, experiment);
        config.setAttribute(LaunchAttributes.SEED, "7");
        config.setAttribute(LaunchAttributes.OUTPUT, output);
        config.setAttribute(LaunchAttributes.GENERATED, generated);
        config.doSave().launch(ILaunchManager.RUN_MODE, null);
        IFolder out = model.getProject().getFolder(output);
        Ui.waitUntil("the simulation job", RUN_WAIT, () -> Job.getJobManager().find(SimulationJob.FAMILY).length == 0
                && out.getFile("results.json").exists());
        return out;
    }

    private static void save(Shell shell, Path png) throws Exception {
        Files.createDirectories(png.getParent());
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
