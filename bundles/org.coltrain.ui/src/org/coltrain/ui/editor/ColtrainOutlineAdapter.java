package org.coltrain.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a text editor showing a .coltrain file an Outline page (the generic editor has none of its own). */
public final class ColtrainOutlineAdapter implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> type) {
        if (type != IContentOutlinePage.class || !(adaptable instanceof ITextEditor editor)) return null;
        if (editor.getDocumentProvider() == null) return null;
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IFile file = document == null ? null : ColtrainResources.fileOf(document);
        if (file == null || !"coltrain".equals(file.getFileExtension())) return null;
        return type.cast(new ColtrainOutlinePage(editor, document, file));
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IContentOutlinePage.class };
    }
}
