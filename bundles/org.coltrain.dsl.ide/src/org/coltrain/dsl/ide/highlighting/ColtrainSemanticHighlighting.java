package org.coltrain.dsl.ide.highlighting;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting beyond the lexer's: a declared name is a definition, a cross-reference (a network, an
 * accelerator, a workload, a layer) is a type use. Editors and a language server share it.
 */
public class ColtrainSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

    @Override
    protected boolean highlightElement(EObject object, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
        EAttribute name = (EAttribute) object.eClass().getEStructuralFeature("name");
        if (name != null && !name.isMany()) highlightFeature(acceptor, object, name, HighlightingStyles.DEFINITION_ID);
        for (EReference reference : object.eClass().getEAllReferences())
            if (!reference.isContainment() && !reference.isContainer())
                highlightFeature(acceptor, object, reference, HighlightingStyles.TYPE_ID);
        return false;
    }
}
