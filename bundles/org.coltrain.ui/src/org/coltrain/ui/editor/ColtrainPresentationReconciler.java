package org.coltrain.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;

/** The generic editor's highlighting for .coltrain files (registered in plugin.xml). */
public final class ColtrainPresentationReconciler extends PresentationReconciler {

    public ColtrainPresentationReconciler() {
        ColtrainHighlighting highlighting = new ColtrainHighlighting();
        setDamager(highlighting, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(highlighting, IDocument.DEFAULT_CONTENT_TYPE);
    }
}
