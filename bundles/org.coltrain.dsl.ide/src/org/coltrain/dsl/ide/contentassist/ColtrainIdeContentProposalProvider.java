package org.coltrain.dsl.ide.contentassist;

import java.util.Collection;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's proposals (keywords, cross-references from the file and its imports) plus the unit suffixes a number may
 * take; the Eclipse editor and the language server both ask this provider.
 */
public class ColtrainIdeContentProposalProvider extends IdeContentProposalProvider {

    @Override
    public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
        super.createProposals(contexts, acceptor);
        if (contexts.isEmpty()) return;
        ContentAssistContext context = contexts.iterator().next();
        if (context.getRootNode() == null) return;
        for (ContentAssistEntry unit : UnitProposals.at(context.getRootNode().getText(), context.getOffset())) {
            if (!acceptor.canAcceptMoreProposals()) return;
            acceptor.accept(unit, getProposalPriorities().getDefaultPriority(unit));
        }
    }
}
