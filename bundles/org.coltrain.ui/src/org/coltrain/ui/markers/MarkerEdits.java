package org.coltrain.ui.markers;

import java.util.function.UnaryOperator;

import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Applies a quick fix to a marker's region through the file buffer: in an open editor the change is an ordinary
 * edit (undoable, validated again as it happens); a file no editor shows is saved, and its builder checks it.
 */
final class MarkerEdits {

    private MarkerEdits() {
    }

    static void rewrite(IMarker marker, UnaryOperator<String> rewrite) {
        int start = marker.getAttribute(IMarker.CHAR_START, -1), end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (start < 0 || end < start || !(marker.getResource() instanceof IFile file)) return;
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        try {
            manager.connect(path, LocationKind.IFILE, null);
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
                IDocument document = buffer.getDocument();
                document.replace(start, end - start, rewrite.apply(document.get(start, end - start)));
                if (!buffer.isShared()) buffer.commit(null, true);
            } finally {
                manager.disconnect(path, LocationKind.IFILE, null);
            }
        } catch (CoreException | BadLocationException e) {
            ColtrainUi.log("could not apply the quick fix to " + path, e);
        }
    }
}
