package org.coltrain.ui.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.bridge.policy.PolicyCompiler;
import org.coltrain.bridge.policy.PolicyException;
import org.coltrain.bridge.results.ResultsJson;
import org.coltrain.bridge.run.InstanceFactory;
import org.coltrain.bridge.run.RunException;
import org.coltrain.bridge.run.RunFiles;
import org.coltrain.bridge.run.RunFolder;
import org.coltrain.bridge.run.RunKind;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunMonitor;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunOutput;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.dsl.generator.GeneratedInstance;
import org.coltrain.dsl.generator.InstanceCompiler;
import org.coltrain.model.Element;
import org.coltrain.model.Model;
import org.coltrain.report.Reports;
import org.coltrain.report.diagram.DescriptionException;
import org.coltrain.sim.serve.arrival.TraceParseException;
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
 * One run from the IDE, on the code path of {@code coltrain run}: validate, find the target, prepare and run it with
 * the bridge's {@link RunKind}, write the folder with {@link RunFiles} and the report's {@link Reports}. Only the
 * translation to workspace files, progress monitors and the console is here.
 */
public final class SimulationRun {

    private SimulationRun() {
    }

    /** Runs the request; returns the output folder. Model errors and a missing element are CoreExceptions. */
    public static IFolder run(SimulationRequest request, IProgressMonitor monitor, PrintWriter console) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Running " + request.model().getName(), 1000);
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
        RunTarget target = target((Model) resource.getContents().get(0), request);
        console.println("== " + target.label() + " of " + request.model().getFullPath()
                + (target.kind() == RunKinds.EXPERIMENT ? (request.generated() ? " (generated)" : " (interpreted)") : ""));
        progress.worked(20);

        IFolder out = request.model().getProject().getFolder(IPath.fromPortableString(
                request.output() != null ? request.output() : "out/" + target.defaultFolder()));
        Path dir = out.getLocation().toFile().toPath();
        String problem = RunFolder.problem(dir);
        if (problem != null) throw new CoreException(ColtrainUi.error(problem, null));

        String modelPath = request.model().getLocation().toOSString();
        // generated classes and user-written policies compile against the bundles their code refers to
        String classPath;
        try {
            classPath = OsgiClassPath.of(AcceleratorSpec.class, ResultsJson.class, Model.class, EObject.class, histogramClass());
        } catch (IOException e) {
            throw new CoreException(ColtrainUi.error(e.getMessage(), e));
        }
        ClassLoader loader = SimulationRun.class.getClassLoader();
        PolicyCompiler policies = new PolicyCompiler(classPath, loader);
        RunOptions options = RunOptions.DEFAULTS.withSeed(request.seed()).with(PolicyCompiler.class, policies).with(InstanceFactory.class,
                request.generated() ? generated(modelPath, classPath, loader) : InstanceFactory.interpreted(policies));
        progress.subTask(target.kind() == RunKinds.EXPERIMENT && request.generated() ? "generating and compiling " + target.label()
                : "preparing " + target.label());
        SubMonitor running = progress.split(900);
        running.beginTask("running " + target.label(), 1000);
        RunOutput output;
        try {
            output = target.kind().prepare(target.element(), modelPath, options).run(monitor(running));
        } catch (RunException e) {
            throw new CoreException(ColtrainUi.error(e.getMessage(), null));
        } catch (RunMonitor.Cancelled e) {
            throw new OperationCanceledException();
        }
        output.summary(console);

        progress.subTask("writing results and drawing the report");
        try {
            RunFiles.Written written = RunFiles.write(dir, output, Reports.builtIn());
            console.println("wrote " + out.getFullPath() + ": " + String.join(", ", written.files().stream()
                    .filter(f -> !f.startsWith("svg/")).toList()) + (written.count(".svg") > 0 ? " and " + written.count(".svg") + " SVGs" : ""));
            console.flush();
        } catch (DescriptionException e) {
            throw new CoreException(ColtrainUi.error(e.getMessage(), e));
        } catch (IOException e) {
            throw new CoreException(ColtrainUi.error("could not write the run into " + dir + ": " + e.getMessage(), e));
        }
        out.refreshLocal(IResource.DEPTH_INFINITE, progress.split(80));
        return out;
    }

    /** The configured element run as the configured kind; without a kind, as its own; without a name, the only one. */
    static RunTarget target(Model model, SimulationRequest request) throws CoreException {
        RunKinds.Lookup lookup = RunKinds.find(model, request.element(), "sweep".equals(request.kind()),
                "name one on the launch configuration's Model tab");
        if (lookup.problem() != null) throw new CoreException(ColtrainUi.error(lookup.problem(), null));
        RunTarget target = lookup.target();
        if (request.kind() != null && !target.kind().keyword().equals(request.kind())) {
            Element e = target.element();
            throw new CoreException(ColtrainUi.error(e.getName() + " is a " + RunKinds.kindOf(e).keyword() + ", not a " + request.kind()
                    + "; change the kind on the launch configuration's Model tab", null));
        }
        return target;
    }

    /** The run's progress as the monitor's ticks; the monitor's Cancel stops the run at its next progress report. */
    private static RunMonitor monitor(SubMonitor running) {
        return new RunMonitor() {
            private int done;

            @Override
            public synchronized void progress(String task, double fraction) {
                int permille = (int) Math.min(1000, Math.max(0, fraction * 1000));
                running.subTask(task);
                if (permille > done) {
                    running.worked(permille - done);
                    done = permille;
                }
            }

            @Override
            public boolean cancelled() {
                return running.isCanceled();
            }
        };
    }

    /** The generated and compiled simulation class, against the bundles its code refers to (OSGi class path). */
    private static InstanceFactory generated(String modelPath, String classPath, ClassLoader loader) {
        return experiment -> {
            try {
                return GeneratedInstance.of(experiment, modelPath, classPath, loader);
            } catch (TraceParseException | PolicyException e) {
                throw RunException.located(e.getMessage(), e);
            } catch (InstanceCompiler.NoCompilerException e) {
                throw RunException.usage(e.getMessage(), e);
            } catch (IOException e) {
                throw RunException.model(e.getMessage(), e);
            }
        };
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
