package org.coltrain.ui.editor;

import org.coltrain.ui.ColtrainInjector;
import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/** Go to definition (Ctrl+click, F3): a cross-reference links to the element it names, in this file or an import. */
public final class ColtrainHyperlinks extends AbstractHyperlinkDetector {

    /** The editor the generic editor opens .coltrain files in. */
    public static final String EDITOR_ID = "org.eclipse.ui.genericeditor.GenericEditor";

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        IFile file = ColtrainResources.fileOf(viewer.getDocument());
        if (file == null || !"coltrain".equals(file.getFileExtension())) return null;
        XtextResource resource = ColtrainResources.parse(file, viewer.getDocument().get());
        EObjectAtOffsetHelper helper = new EObjectAtOffsetHelper();
        INode node = helper.getCrossReferenceNode(resource, new TextRegion(region.getOffset(), 0));
        EObject target = node == null ? null : helper.resolveElementAt(resource, region.getOffset());
        if (node == null || target == null || target.eIsProxy()) return null;
        ITextRegion at = ColtrainInjector.get().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(target);
        String targetPath = target.eResource().getURI().toFileString();
        return new IHyperlink[] { new Link(new Region(node.getOffset(), node.getLength()), targetPath, at.getOffset(), at.getLength(),
                target.eClass().getName()) };
    }

    /** Opens the target file in the generic editor and selects the definition's name. */
    private record Link(IRegion region, String targetPath, int offset, int length, String kind) implements IHyperlink {
        @Override
        public IRegion getHyperlinkRegion() {
            return region;
        }

        @Override
        public String getTypeLabel() {
            return "ColTraIn definition";
        }

        @Override
        public String getHyperlinkText() {
            return "Open " + kind.toLowerCase(java.util.Locale.ROOT) + " definition";
        }

        @Override
        public void open() {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(new java.io.File(targetPath).toURI());
            if (files.length == 0) return;
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            try {
                if (IDE.openEditor(page, files[0], EDITOR_ID) instanceof ITextEditor editor) editor.selectAndReveal(offset, length);
            } catch (PartInitException e) {
                ColtrainUi.log("could not open " + targetPath, e);
            }
        }
    }
}
