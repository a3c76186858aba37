package org.coltrain.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** The language's formatter (org.coltrain.dsl.formatting2) applied to an editor's text. */
public final class ColtrainFormat {

    private ColtrainFormat() {
    }

    /** The formatted text; the text itself when it does not parse (formatting broken syntax would garble it). */
    public static String format(IFile file, String text) {
        XtextResource resource = ColtrainResources.parse(file, text);
        if (resource.getParseResult() == null || resource.getParseResult().hasSyntaxErrors()) return text;
        FormatterRequest request = ColtrainInjector.get().getInstance(FormatterRequest.class);
        request.setTextRegionAccess(ColtrainInjector.get().getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        request.setAllowIdentityEdits(false);
        // A formatter bug must not pass silently as "nothing to format": let it surface to the handler's caller.
        request.setExceptionHandler(org.eclipse.xtext.util.ExceptionAcceptor.THROWING);
        List<ITextReplacement> replacements = new ArrayList<>(ColtrainInjector.get().getInstance(IFormatter2.class).format(request));
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder b = new StringBuilder(text);
        for (ITextReplacement r : replacements) b.replace(r.getOffset(), r.getEndOffset(), r.getReplacementText());
        return b.toString();
    }
}
