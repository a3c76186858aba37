package org.coltrain.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** "Format" (Ctrl+Shift+F) in a .coltrain editor: one undoable replacement of the whole text. */
public final class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActiveEditor(event) instanceof ITextEditor editor)) return null;
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IFile file = document == null ? null : ColtrainResources.fileOf(document);
        if (file == null) return null;
        String text = document.get(), formatted = ColtrainFormat.format(file, text);
        if (!formatted.equals(text)) document.set(formatted);
        return null;
    }
}
