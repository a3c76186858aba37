package org.coltrain.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/**
 * results.xmi as a read-only tree: each result object with its attributes as leaves; selecting one shows it in the
 * Properties view (see {@link EObjectPropertySource}). A stand-in for EMF's generated tree editor, whose UI bundles
 * are not on Maven Central.
 */
public final class ResultsModelEditor extends EditorPart {

    public static final String ID = "org.coltrain.ui.resultsModel";

    /** An attribute shown as a leaf of its object. */
    record AttributeValue(EObject owner, EAttribute attribute) {
        @Override
        public String toString() {
            return attribute.getName() + " = " + owner.eGet(attribute);
        }
    }

    private TreeViewer viewer;
    private Resource resource;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        IFile file = input.getAdapter(IFile.class);
        if (file == null) throw new PartInitException("results.xmi must be a workspace file");
        setSite(site);
        setInput(input);
        setPartName(file.getName());
        ColtrainInjector.get(); // registers the metamodel
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        try {
            resource = set.getResource(URI.createFileURI(file.getLocation().toOSString()), true);
        } catch (RuntimeException e) {
            throw new PartInitException("cannot read " + file.getFullPath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof EObject o ? label(o) : String.valueOf(element);
            }
        });
        viewer.setInput(resource);
        viewer.expandToLevel(2);
        getSite().setSelectionProvider(viewer);
    }

    static String label(EObject o) {
        var name = o.eClass().getEStructuralFeature("name");
        return o.eClass().getName() + (name != null && o.eGet(name) != null ? " " + o.eGet(name) : "");
    }

    /** The tree's items, for tests. */
    public TreeViewer viewer() {
        return viewer;
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((Resource) input).getContents().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (!(parent instanceof EObject o)) return new Object[0];
            List<Object> children = new ArrayList<>();
            for (EAttribute a : o.eClass().getEAllAttributes()) if (!a.isMany()) children.add(new AttributeValue(o, a));
            children.addAll(o.eContents());
            return children.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject o ? o.eContainer() : element instanceof AttributeValue v ? v.owner() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof EObject;
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
    }

    @Override
    public void doSaveAs() {
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
