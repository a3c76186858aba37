package org.coltrain.dsl.tests;

import java.io.File;
import java.util.List;

import org.coltrain.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads models from text or from files, with their imports resolved, for the language tests. */
public class Models {

    @Inject
    private ParseHelper<Model> parseHelper;

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    /** Parses inline text as a file in the working directory (the repository root), so relative paths resolve there. */
    public Model parse(CharSequence text) {
        return parse(text, new File("target/inline/model.coltrain"));
    }

    /** Parses inline text as if it were the given file (which need not exist). */
    public Model parse(CharSequence text, File as) {
        try {
            return parseHelper.parse(text, URI.createFileURI(as.getAbsolutePath()), resourceSets.get());
        } catch (Exception e) {
            throw new IllegalStateException("cannot parse inline model", e);
        }
    }

    /** Loads a file and everything it imports into a fresh resource set. */
    public Model load(File file) {
        XtextResourceSet set = resourceSets.get();
        set.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE);
        Resource resource = set.getResource(URI.createFileURI(file.getAbsolutePath()), true);
        EcoreUtil.resolveAll(set);
        return (Model) resource.getContents().get(0);
    }

    /** Syntax, linking and validation issues of the model's own resource. */
    public List<Issue> issues(Model model) {
        return validator.validate(model.eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
    }
}
