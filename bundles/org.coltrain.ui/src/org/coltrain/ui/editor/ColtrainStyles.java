package org.coltrain.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** The editor's colours, keyed by the style ids of Xtext's IDE services plus one for unit suffixes. */
final class ColtrainStyles {

    static final String UNIT_ID = "unit";

    private ColtrainStyles() {
    }

    /** A style range for one highlighted region; null for ids the editor leaves plain. */
    static StyleRange of(String id, int offset, int length) {
        StyleRange r = new StyleRange();
        r.start = offset;
        r.length = length;
        switch (id) {
            case HighlightingStyles.KEYWORD_ID -> { r.foreground = new Color(127, 0, 85); r.fontStyle = SWT.BOLD; }
            case UNIT_ID -> r.foreground = new Color(0, 128, 128);
            case HighlightingStyles.NUMBER_ID -> r.foreground = new Color(0, 0, 192);
            case HighlightingStyles.STRING_ID -> r.foreground = new Color(42, 0, 255);
            case HighlightingStyles.COMMENT_ID -> r.foreground = new Color(63, 127, 95);
            case HighlightingStyles.DEFINITION_ID -> r.fontStyle = SWT.BOLD;
            case HighlightingStyles.TYPE_ID -> { r.foreground = new Color(0, 96, 160); r.fontStyle = SWT.ITALIC; }
            default -> { return null; }
        }
        return r;
    }
}
