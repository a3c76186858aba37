package org.coltrain.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.editor.ColtrainHyperlinks;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > ColTraIn Project: a project with the Equinox example, its main model opened in the editor. */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private WizardNewProjectCreationPage page;
    private IWorkbench workbench;

    public NewProjectWizard() {
        setWindowTitle("New ColTraIn Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("project");
        page.setTitle("ColTraIn Project");
        page.setDescription("A project with the Equinox example: accelerators, ResNet-50 serving and co-located training.");
        page.setInitialProjectName("Equinox");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        var location = page.useDefaults() ? null : page.getLocationPath();
        try {
            getContainer().run(true, true, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    ExampleProject.create(project, location, monitor);
                }
            });
        } catch (InvocationTargetException e) {
            ErrorDialog.openError(getShell(), "New ColTraIn Project", "The project could not be created",
                    e.getCause() instanceof CoreException c ? c.getStatus() : ColtrainUi.error(String.valueOf(e.getCause()), e.getCause()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
        IFile model = project.getFile(ExampleProject.MAIN_MODEL);
        try {
            if (workbench != null && model.exists())
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), model, ColtrainHyperlinks.EDITOR_ID);
        } catch (PartInitException e) {
            ColtrainUi.log("could not open " + model.getFullPath(), e);
        }
        return true;
    }
}
