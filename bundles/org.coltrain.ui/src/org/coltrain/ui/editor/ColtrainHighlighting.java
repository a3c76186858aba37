package org.coltrain.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.coltrain.dsl.units.Unit;
import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Key;
import com.google.inject.name.Names;

/**
 * Syntax highlighting from the language's own lexer (keywords, unit suffixes, numbers, strings, comments), then
 * semantic highlighting from Xtext's IDE calculator (declared names, cross-references). Models are a few hundred
 * lines, so every change re-highlights the whole document.
 */
final class ColtrainHighlighting implements IPresentationDamager, IPresentationRepairer {

    private IDocument document;

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
        return new Region(0, event.getDocument().getLength());
    }

    @Override
    public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
        for (StyleRange r : styles(document.get(), ColtrainResources.fileOf(document))) presentation.mergeStyleRange(r);
    }

    /** The style ranges of a text, lexical first, semantic second; public to the package for tests. */
    static List<StyleRange> styles(String text, IFile file) {
        List<StyleRange> ranges = new ArrayList<>();
        Lexer lexer = ColtrainInjector.get().getInstance(Key.get(Lexer.class, Names.named(LexerBindings.RUNTIME)));
        Map<Integer, String> names = ColtrainInjector.get().getInstance(ITokenDefProvider.class).getTokenDefMap();
        lexer.setCharStream(new ANTLRStringStream(text));
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            String id = styleOf(names.get(t.getType()), t.getText());
            StyleRange r = id == null ? null : ColtrainStyles.of(id, ((org.antlr.runtime.CommonToken) t).getStartIndex(), t.getText().length());
            if (r != null) ranges.add(r);
        }
        if (file != null) {
            XtextResource resource = ColtrainResources.parseOnly(file, text);
            ColtrainInjector.get().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                    (offset, length, ids) -> {
                        for (String id : ids) {
                            StyleRange r = ColtrainStyles.of(id, offset, length);
                            if (r != null) ranges.add(r);
                        }
                    }, CancelIndicator.NullImpl);
        }
        return ranges;
    }

    private static String styleOf(String tokenName, String text) {
        if (tokenName == null) return null;
        if (tokenName.startsWith("'")) {
            if (Unit.bySymbol(text).isPresent()) return ColtrainStyles.UNIT_ID;
            return Character.isLetter(text.charAt(0)) ? HighlightingStyles.KEYWORD_ID : null;
        }
        return switch (tokenName) {
            case "RULE_NUMBER" -> HighlightingStyles.NUMBER_ID;
            case "RULE_STRING" -> HighlightingStyles.STRING_ID;
            case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> HighlightingStyles.COMMENT_ID;
            default -> null;
        };
    }
}
