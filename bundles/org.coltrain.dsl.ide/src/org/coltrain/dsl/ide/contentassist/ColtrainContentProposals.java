package org.coltrain.dsl.ide.contentassist;

import org.coltrain.dsl.units.Unit;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Xtext's proposals (keywords, cross-references) plus unit suffixes after a number, each described by its dimension
 * and its factor to SI, so the user sees what {@code 4 GiB} or {@code 25.6 GB/s} is stored as.
 */
public class ColtrainContentProposals extends IdeContentProposalProvider {

    @Override
    protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        var unit = "Unit".equals(GrammarUtil.containingRule(keyword).getName()) ? Unit.bySymbol(keyword.getValue()) : java.util.Optional.<Unit>empty();
        if (unit.isEmpty()) {
            super._createProposals(keyword, context, acceptor);
            return;
        }
        ContentAssistEntry entry = getProposalCreator().createProposal(keyword.getValue(), context, ContentAssistEntry.KIND_KEYWORD, null);
        if (entry == null) return;
        String dimension = unit.get().dimension().name().toLowerCase(java.util.Locale.ROOT);
        entry.setDescription("unit of " + dimension + ": 1 " + keyword.getValue() + " = " + unit.get().toSi(1)
                + (unit.get().dimension().preferredUnit().isEmpty() ? "" : " (SI base of " + unit.get().dimension().preferredUnit() + ")"));
        acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
    }
}
