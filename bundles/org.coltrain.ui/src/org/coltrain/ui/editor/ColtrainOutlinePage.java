package org.coltrain.ui.editor;

import java.util.List;

import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/** The Outline of a .coltrain editor: named elements (accelerators, networks and layers, workloads, experiments). */
final class ColtrainOutlinePage extends ContentOutlinePage implements IDocumentListener {

    private final ITextEditor editor;
    private final IDocument document;
    private final IFile file;
    private boolean refreshPending;

    ColtrainOutlinePage(ITextEditor editor, IDocument document, IFile file) {
        this.editor = editor;
        this.document = document;
        this.file = file;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label((EObject) element);
            }
        });
        viewer.setInput(parse());
        viewer.expandToLevel(2);
        document.addDocumentListener(this);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject o) {
            ITextRegion r = ColtrainInjector.get().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(o);
            if (r != null) editor.selectAndReveal(r.getOffset(), r.getLength());
        }
    }

    @Override
    public void documentAboutToBeChanged(DocumentEvent event) {
    }

    /** Re-parses once per burst of changes, on the UI thread. */
    @Override
    public void documentChanged(DocumentEvent event) {
        if (refreshPending) return;
        refreshPending = true;
        Display.getDefault().timerExec(500, () -> {
            refreshPending = false;
            if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) getTreeViewer().setInput(parse());
        });
    }

    @Override
    public void dispose() {
        document.removeDocumentListener(this);
        super.dispose();
    }

    private Object parse() {
        XtextResource resource = ColtrainResources.parseOnly(file, document.get());
        return resource.getContents().isEmpty() ? new Object[0] : resource.getContents().get(0);
    }

    static String label(EObject o) {
        Object name = o.eClass().getEStructuralFeature("name") == null ? null : o.eGet(o.eClass().getEStructuralFeature("name"));
        String kind = o.eClass().getName().toLowerCase(java.util.Locale.ROOT);
        return name == null ? kind : name + " : " + kind;
    }

    /** Children of an element: its contents that have a name. */
    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof EObject o ? getChildren(o) : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<EObject> named = ((EObject) parent).eContents().stream()
                    .filter(c -> c.eClass().getEStructuralFeature("name") != null).toList();
            return named.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return ((EObject) element).eContainer();
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
