package org.coltrain.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.coltrain.ui.editor.ColtrainHyperlinks;
import org.coltrain.ui.wizards.ExampleProject;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the IDE tests share: the example project, opening editors, and waiting while the UI thread keeps working. */
final class Ui {

    private Ui() {
    }

    /** The Equinox example project, as the new-project wizard creates it (once per workbench). */
    static IProject exampleProject() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Equinox");
        if (!project.exists()) ExampleProject.create(project, null, null);
        return project;
    }

    /**
     * A project "Examples" with the repository's mapping, SuperNet and cluster examples and what they import, copied
     * from examples/ (the tests run in tests/org.coltrain.ui.tests), once per workbench.
     */
    static IProject examplesProject() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Examples");
        if (project.exists()) return project;
        project.create(null);
        project.open(null);
        java.nio.file.Path examples = java.nio.file.Path.of("../../examples").toAbsolutePath().normalize();
        java.nio.file.Path into = project.getLocation().toFile().toPath();
        for (String f : new String[] { "accelerators.coltrain", "lib/resnet50.coltrain", "lib/mlp.coltrain", "odimo/diana.coltrain",
                "odimo/resnet20.coltrain", "cluster/fleet.coltrain" }) {
            java.nio.file.Files.createDirectories(into.resolve(f).getParent());
            java.nio.file.Files.copy(examples.resolve(f), into.resolve(f));
        }
        project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
        return project;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static ITextEditor open(IFile file) throws CoreException {
        return (ITextEditor) IDE.openEditor(page(), file, ColtrainHyperlinks.EDITOR_ID);
    }

    static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    /** Runs the event loop until {@code condition} holds; fails naming {@code what} after {@code timeout}. */
    static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            if (display != null && !display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting for " + what);
                }
            }
        }
    }

    /** Lets pending UI work (layouts, async runnables) run for {@code duration}. */
    static void settle(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        waitUntil("the UI to settle", duration.plusSeconds(1), () -> System.nanoTime() > end);
    }
}
