package org.coltrain.ui.editor;

import org.coltrain.dsl.ide.hover.ColtrainHoverText;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;

/** The generic editor's hover for .coltrain files; the text comes from {@link ColtrainHoverText}. */
public final class ColtrainHover implements ITextHover {

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IFile file = ColtrainResources.fileOf(viewer.getDocument());
        if (file == null) return null;
        return ColtrainHoverText.at(ColtrainResources.parse(file, viewer.getDocument().get()), region.getOffset()).orElse(null);
    }

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        return new Region(offset, 0);
    }
}
