package org.coltrain.ui.launch;

import java.util.List;

import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunTarget;
import org.coltrain.model.Model;
import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.editor.ColtrainResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * Run As > ColTraIn Simulation on a .coltrain file (or its editor): offers every runnable element of the file
 * (experiments, each experiment's sweep, mappings, serving blocks, clusters, studies; a file with one runs it directly) and
 * runs the chosen one, reusing its configuration or making one.
 */
public final class SimulationShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile file) launch(file, mode);
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        if (file != null) launch(file, mode);
    }

    private static void launch(IFile file, String mode) {
        try {
            List<RunTarget> targets = targets(file);
            RunTarget chosen = targets.size() == 1 ? targets.get(0) : choose(file, targets);
            if (chosen != null) DebugUITools.launch(configurationFor(file, chosen.kind().keyword(), chosen.element().getName()), mode);
        } catch (CoreException e) {
            ColtrainUi.log("could not launch " + file.getFullPath(), e);
        }
    }

    /** What the file can run (see {@link RunKinds#targetsWithImports}); empty when it does not parse. */
    public static List<RunTarget> targets(IFile file) throws CoreException {
        var resource = ColtrainResources.load(file);
        if (resource.getContents().isEmpty()) return List.of();
        return RunKinds.targetsWithImports((Model) resource.getContents().get(0));
    }

    private static RunTarget choose(IFile file, List<RunTarget> targets) {
        var shell = Display.getCurrent() != null ? Display.getCurrent().getActiveShell() : null;
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof RunTarget t ? t.label() : String.valueOf(element);
            }
        });
        dialog.setTitle("ColTraIn Simulation");
        dialog.setMessage(targets.isEmpty() ? file.getName() + " has nothing to run (an experiment, mapping, serving block, cluster, study, explore or llm serving block)"
                : "Run which element of " + file.getName() + "?");
        dialog.setElements(targets.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == Window.OK && dialog.getFirstResult() instanceof RunTarget t ? t : null;
    }

    /** The first configuration that runs {@code file} with its only element, or a new one (saved, so it can be edited). */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        return configurationFor(file, "", "");
    }

    /**
     * The first configuration that runs {@code element} of {@code file} as {@code kind} ("" for both: the file's only
     * element as its own kind), or a new one with these and the defaults.
     */
    public static ILaunchConfiguration configurationFor(IFile file, String kind, String element) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE);
        String path = file.getFullPath().toPortableString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type))
            if (path.equals(c.getAttribute(LaunchAttributes.MODEL, "")) && kind.equals(c.getAttribute(LaunchAttributes.KIND, ""))
                    && element.equals(c.getAttribute(LaunchAttributes.ELEMENT, "")))
                return c;
        String name = element.isEmpty() ? file.getName() : file.getName() + " " + (kind.equals("sweep") ? element + " sweep" : element);
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(name));
        copy.setAttribute(LaunchAttributes.MODEL, path);
        copy.setAttribute(LaunchAttributes.KIND, kind);
        copy.setAttribute(LaunchAttributes.ELEMENT, element);
        copy.setAttribute(LaunchAttributes.GENERATED, true);
        copy.setMappedResources(new IResource[] { file });
        return copy.doSave();
    }
}
