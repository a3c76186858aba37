package org.coltrain.ui.markers;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** A ColTraIn project: its builder checks every model file on save. */
public final class ColtrainNature implements IProjectNature {

    public static final String ID = "org.coltrain.ui.nature";

    private IProject project;

    /** Adds the nature (and so the builder) to a project that lacks it. */
    public static void addTo(IProject project) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(ID)) return;
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        description.setNatureIds(natures);
        project.setDescription(description, null);
    }

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        for (ICommand c : description.getBuildSpec()) if (c.getBuilderName().equals(ColtrainBuilder.ID)) return;
        ICommand command = description.newCommand();
        command.setBuilderName(ColtrainBuilder.ID);
        ICommand[] spec = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
        spec[spec.length - 1] = command;
        description.setBuildSpec(spec);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec()).filter(c -> !c.getBuilderName().equals(ColtrainBuilder.ID))
                .toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
