package org.coltrain.ui.markers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Validates every .coltrain file of a project on each build (on save, with auto-build). Files import each other,
 * so a change to one can break another: every build checks them all; models are small.
 */
public final class ColtrainBuilder extends IncrementalProjectBuilder {

    public static final String ID = "org.coltrain.ui.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        List<IFile> files = modelFiles(getProject());
        SubMonitor progress = SubMonitor.convert(monitor, "Checking ColTraIn models", files.size());
        for (IFile file : files) {
            if (progress.isCanceled()) break;
            progress.subTask(file.getName());
            try (InputStream in = file.getContents()) {
                ColtrainMarkers.update(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                ColtrainUi.log("could not check " + file.getFullPath(), e);
            }
            progress.worked(1);
        }
        return null;
    }

    static List<IFile> modelFiles(IProject project) throws CoreException {
        List<IFile> files = new ArrayList<>();
        project.accept(r -> {
            if (r instanceof IFile f && "coltrain".equals(f.getFileExtension())) files.add(f);
            return !r.isDerived() && !"out".equals(r.getName()) || r == project;
        });
        return files;
    }
}
