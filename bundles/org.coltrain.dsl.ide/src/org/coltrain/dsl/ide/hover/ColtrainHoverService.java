package org.coltrain.dsl.ide.hover;

import java.util.Optional;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/** The language server's hover: {@link ColtrainHoverText} (quantities in SI, accelerators' figures), else Xtext's. */
public class ColtrainHoverService extends HoverService {

    @Override
    public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
        Optional<String> text = ColtrainHoverText.at(resource, document.getOffSet(params.getPosition()));
        if (text.isEmpty()) return super.hover(document, resource, params, cancelIndicator);
        return new Hover(new MarkupContent(MarkupKind.PLAINTEXT, text.get()));
    }
}
