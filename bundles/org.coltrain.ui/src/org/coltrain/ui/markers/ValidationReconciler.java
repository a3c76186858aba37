package org.coltrain.ui.markers;

import org.coltrain.ui.ColtrainUi;
import org.coltrain.ui.editor.ColtrainResources;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * Validates the editor's text shortly after each pause in typing and shows the issues as problem markers, so the
 * Problems view and the editor's rulers follow the text before it is saved.
 */
public final class ValidationReconciler extends MonoReconciler {

    /** Milliseconds of quiet after a keystroke before the text is validated. */
    static final int DELAY_MS = 300;

    public ValidationReconciler() {
        super(new Strategy(), false);
        setDelay(DELAY_MS);
    }

    private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
        private IDocument document;

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            reconcile(subRegion);
        }

        @Override
        public void setProgressMonitor(org.eclipse.core.runtime.IProgressMonitor monitor) {
        }

        /** An opened file is checked at once, not only after the first keystroke. */
        @Override
        public void initialReconcile() {
            reconcile((IRegion) null);
        }

        @Override
        public void reconcile(IRegion partition) {
            IFile file = ColtrainResources.fileOf(document);
            if (file == null) return;
            try {
                ColtrainMarkers.update(file, document.get());
            } catch (CoreException | RuntimeException e) {
                ColtrainUi.log("could not validate " + file.getFullPath(), e);
            }
        }
    }
}
