package org.coltrain.ui.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.ModelElements;
import org.coltrain.bridge.ModelToServing;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.bridge.run.InterpretedInstance;
import org.coltrain.bridge.run.RunOutputs;
import org.coltrain.bridge.run.SimulationInstance;
import org.coltrain.dsl.generator.GeneratedInstance;
import org.coltrain.dsl.generator.InstanceCompiler;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.report.DescriptionSet;
import org.coltrain.report.RunReport;
import org.coltrain.report.diagram.DescriptionException;
import org.coltrain.sim.cost.AcceleratorCost;
import org.coltrain.sim.serve.ProgressListener;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.coltrain.sim.serve.result.ResultSummary;
import org.coltrain.sim.serve.result.SimulationResult;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.editor.ColtrainResources;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * One simulation from the IDE, on the code path of {@code coltrain run}: validate, pick the experiment, build the
 * generated (or interpreted) instance, simulate, write results.json and results.xmi with the bridge's
 * {@link RunOutputs}, draw the report's diagrams and plots with {@link RunReport}. Only the translation to workspace files, progress monitors and the console is here.
 */
public final class SimulationRun {

    private SimulationRun() {
    }

    /** Runs the request; returns the output folder. Model errors and a missing experiment are CoreExceptions. */
    public static IFolder run(SimulationRequest request, IProgressMonitor monitor, PrintWriter console) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Simulating " + request.model().getName(), 100);
        progress.subTask("checking the model");
        XtextResource resource = ColtrainResources.load(request.model());
        List<String> errors = new ArrayList<>();
        for (Issue issue : ColtrainResources.validate(resource))
            if (issue.getSeverity() == Severity.ERROR)
                errors.add(request.model().getFullPath() + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getMessage());
        if (!errors.isEmpty() || resource.getContents().isEmpty()) {
            errors.forEach(console::println);
            throw new CoreException(ColtrainUi.error(request.model().getName() + " has errors (see the Problems view); fix them and run again", null));
        }
        Experiment experiment = experiment((Model) resource.getContents().get(0), request.experiment());
        progress.worked(5);

        String modelPath = request.model().getLocation().toOSString();
        SimulationInstance instance;
        progress.subTask(request.generated() ? "generating and compiling " + experiment.getName() : "mapping " + experiment.getName());
        try {
            // A user-written policy compiles against the same bundles as the generated class, on both paths.
            String classPath = OsgiClassPath.of(AcceleratorSpec.class, ResultsJson.class, Model.class, EObject.class, histogramClass());
            ClassLoader loader = SimulationRun.class.getClassLoader();
            instance = request.generated() ? GeneratedInstance.of(experiment, modelPath, classPath, loader)
                    : InterpretedInstance.of(experiment, new ModelToServing(new PolicyCompiler(classPath, loader)));
        } catch (TraceParseException | InstanceCompiler.NoCompilerException | IOException | PolicyException e) {
            throw new CoreException(ColtrainUi.error(e.getMessage(), null));
        }
        progress.worked(10);

        progress.subTask("simulating " + experiment.getName());
        SubMonitor simulating = progress.split(80);
        simulating.beginTask("simulating " + experiment.getName(), 1000);
        int[] done = { 0 };
        ProgressListener listener = (simulatedNs, durationNs) -> {
            if (simulating.isCanceled()) throw new OperationCanceledException();
            int permille = (int) Math.min(1000, simulatedNs * 1000 / Math.max(1, durationNs));
            if (permille > done[0]) {
                simulating.worked(permille - done[0]);
                done[0] = permille;
            }
        };
        RunReport.Parts parts = RunReport.Parts.of(experiment);
        SimulationResult result = instance.simulate(request.seed(), parts.report() ? RunReport.TRACE_INTERVALS : 0, listener);

        progress.subTask("writing results");
        IFolder out = request.model().getProject().getFolder(IPath.fromPortableString(
                request.output() != null ? request.output() : "out/" + experiment.getName()));
        Path dir = out.getLocation().toFile().toPath();
        try {
            RunOutputs.Written written = RunOutputs.write(dir, modelPath, experiment, instance.accelerator(), result);
            AcceleratorCost cost = written.cost();
            ResultSummary.print(result, console);
            console.printf("accelerator %s: %.1f mm2, %.0f mW%n", instance.accelerator().name(), cost.areaMm2(), cost.powerMw());
            console.println("wrote " + out.getFullPath() + "/results.json and results.xmi");
            progress.subTask("drawing diagrams and plots");
            RunReport.Written report = RunReport.write(dir, experiment, written.results(), DescriptionSet.builtIn(), parts);
            if (!report.files().isEmpty()) console.println("wrote " + report.files().size() + " report files (SVG diagrams and plots, CSV, report.html)");
            console.flush();
        } catch (DescriptionException e) {
            throw new CoreException(ColtrainUi.error(e.getMessage(), e));
        } catch (IOException e) {
            throw new CoreException(ColtrainUi.error("could not write the results into " + dir + ": " + e.getMessage(), e));
        }
        out.refreshLocal(IResource.DEPTH_INFINITE, progress.split(5));
        return out;
    }

    /** The named experiment of the model or its imports; without a name, the model's only one. */
    static Experiment experiment(Model model, String name) throws CoreException {
        ModelElements.Lookup<Experiment> lookup = ModelElements.find(model, Experiment.class, "experiment", name,
                "name one on the launch configuration's Model tab");
        if (lookup.problem() != null) throw new CoreException(ColtrainUi.error(lookup.problem(), null));
        return lookup.element();
    }

    /** HdrHistogram, which the simulator's result types use, as the simulator bundle sees it. */
    private static Class<?> histogramClass() throws IOException {
        try {
            return org.osgi.framework.FrameworkUtil.getBundle(AcceleratorSpec.class) == null ? Object.class
                    : org.osgi.framework.FrameworkUtil.getBundle(AcceleratorSpec.class).loadClass("org.HdrHistogram.Histogram");
        } catch (ClassNotFoundException e) {
            throw new IOException("the simulator bundle does not see HdrHistogram", e);
        }
    }
}
