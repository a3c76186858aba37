package org.coltrain.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.markers.ColtrainNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A new ColTraIn project holding the Equinox example: the repository's examples/equinox and the networks it imports
 * from examples/lib, copied into the bundle's templates/ folder by its build, with the same relative layout so the
 * imports resolve.
 */
public final class ExampleProject {

    /** The model a new project opens with. */
    public static final String MAIN_MODEL = "equinox/equinox.coltrain";

    private ExampleProject() {
    }

    /** Creates and opens the project with the ColTraIn nature and the example files. */
    public static IProject create(IProject project, IPath location, IProgressMonitor monitor) throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 4);
        var description = project.getWorkspace().newProjectDescription(project.getName());
        description.setLocation(location);
        if (!project.exists()) project.create(description, progress.split(1));
        project.open(progress.split(1));
        ColtrainNature.addTo(project);
        copyTemplates(project, progress.split(2));
        return project;
    }

    private static void copyTemplates(IProject project, IProgressMonitor monitor) throws CoreException {
        Bundle bundle = FrameworkUtil.getBundle(ExampleProject.class);
        List<URL> entries = Collections.list(bundle.findEntries("templates", "*.*", true));
        SubMonitor progress = SubMonitor.convert(monitor, entries.size());
        for (URL entry : entries) {
            String path = entry.getPath().substring(entry.getPath().indexOf("templates/") + "templates/".length());
            IFile file = project.getFile(IPath.fromPortableString(path));
            ensureFolder(file.getParent());
            try (InputStream in = entry.openStream()) {
                if (file.exists()) file.setContents(in, true, false, progress.split(1));
                else file.create(in, true, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(ColtrainUi.error("cannot copy the example file " + path, e));
            }
        }
    }

    private static void ensureFolder(IContainer container) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            ensureFolder(folder.getParent());
            folder.create(true, true, null);
        }
    }
}
