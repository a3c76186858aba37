package org.coltrain.ui.launch;

import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFile;
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
import org.eclipse.ui.IEditorPart;

/** Run As > ColTraIn Simulation on a .coltrain file (or its editor): reuses the file's configuration or makes one. */
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
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            ColtrainUi.log("could not launch " + file.getFullPath(), e);
        }
    }

    /** The first configuration that runs {@code file}, or a new one with its defaults (saved, so it can be edited). */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(LaunchAttributes.TYPE);
        String path = file.getFullPath().toPortableString();
        for (ILaunchConfiguration c : manager.getLaunchConfigurations(type))
            if (path.equals(c.getAttribute(LaunchAttributes.MODEL, ""))) return c;
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(file.getName()));
        copy.setAttribute(LaunchAttributes.MODEL, path);
        copy.setAttribute(LaunchAttributes.GENERATED, true);
        copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
        return copy.doSave();
    }
}
