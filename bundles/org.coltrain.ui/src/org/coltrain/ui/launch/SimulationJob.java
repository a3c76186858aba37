package org.coltrain.ui.launch;

import java.io.PrintWriter;

import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.results.ResultsView;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

/**
 * A run of any runnable element as a background job: progress in the Progress view, cancellable (the simulator
 * stops at its next progress report, a sweep between points; nothing is written), summary on the console, output
 * folder refreshed, Results view opened on completion.
 */
public final class SimulationJob extends Job {

    /** The family every simulation job belongs to; tests join it. */
    public static final Object FAMILY = SimulationJob.class;

    private final SimulationRequest request;
    private volatile IFolder output;

    public SimulationJob(SimulationRequest request) {
        super("ColTraIn run of " + (request.element() != null ? request.element() + " in " : "") + request.model().getName());
        this.request = request;
        setUser(true);
        setRule(request.model().getProject());
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (PrintWriter console = SimulationConsole.writer()) {
            try {
                output = SimulationRun.run(request, monitor, console);
            } catch (OperationCanceledException e) {
                console.println("cancelled");
                return Status.CANCEL_STATUS;
            } catch (CoreException e) {
                console.println("coltrain: " + e.getStatus().getMessage());
                return e.getStatus();
            } catch (RuntimeException e) {
                return ColtrainUi.error("the simulation failed: " + e, e);
            }
        }
        if (PlatformUI.isWorkbenchRunning())
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ResultsView.open(output));
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The folder the run wrote, once it has finished successfully. */
    public IFolder output() {
        return output;
    }
}
