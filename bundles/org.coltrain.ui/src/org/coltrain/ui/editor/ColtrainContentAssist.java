package org.coltrain.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.coltrain.ui.ColtrainInjector;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/**
 * Content assist from Xtext's IDE services: keywords, cross-references (networks, accelerators, workloads, layers,
 * also from imported files) and unit suffixes. It works as Xtext's language server does: contexts from the ANTLR
 * content-assist parser, proposals from the language's {@link IdeContentProposalProvider} (which the language
 * server asks too).
 */
public final class ColtrainContentAssist implements IContentAssistProcessor {

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ColTraIn content assist");
        t.setDaemon(true);
        return t;
    });

    /** A proposal as Xtext computes it; the editor turns each into a completion proposal. */
    public record Entry(String proposal, String prefix, String label, String description, int priority) {
    }

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        IFile file = ColtrainResources.fileOf(viewer.getDocument());
        if (file == null) return new ICompletionProposal[0];
        List<ICompletionProposal> proposals = new ArrayList<>();
        for (Entry e : entries(file, viewer.getDocument().get(), offset)) {
            String display = e.label() + (e.description() == null ? "" : " - " + e.description());
            proposals.add(new CompletionProposal(e.proposal(), offset - e.prefix().length(), e.prefix().length(),
                    e.proposal().length(), null, display, null, e.description()));
        }
        return proposals.toArray(ICompletionProposal[]::new);
    }

    /** The proposals at {@code offset} of {@code text}, best first. */
    public static List<Entry> entries(IFile file, String text, int offset) {
        XtextResource resource = ColtrainResources.parse(file, text);
        ContentAssistContextFactory factory = ColtrainInjector.get().getInstance(ContentAssistContextFactory.class);
        factory.setPool(POOL);
        ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
        List<Entry> entries = new ArrayList<>();
        ColtrainInjector.get().getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), new IIdeContentProposalAcceptor() {
            @Override
            public void accept(ContentAssistEntry entry, int priority) {
                if (entry != null && entries.stream().noneMatch(e -> e.proposal().equals(entry.getProposal())))
                    entries.add(new Entry(entry.getProposal(), entry.getPrefix() == null ? "" : entry.getPrefix(),
                            entry.getLabel() != null ? entry.getLabel() : entry.getProposal(), entry.getDescription(), priority));
            }

            @Override
            public boolean canAcceptMoreProposals() {
                return entries.size() < 500;
            }
        });
        entries.sort(Comparator.comparingInt(Entry::priority).reversed().thenComparing(Entry::proposal));
        return entries;
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { ' ' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
