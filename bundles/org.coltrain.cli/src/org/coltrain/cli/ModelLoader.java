package org.coltrain.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Loads .coltrain files with the Xtext standalone setup and validates them and everything they import. */
public final class ModelLoader {

    /** A loaded model with the issues of its file and of the files it imports. */
    public record Loaded(File file, Model model, List<Located> issues) {
        public boolean hasErrors() {
            return issues.stream().anyMatch(i -> i.issue().getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
        }
    }

    /** An issue with the file it was found in. */
    public record Located(File file, Issue issue) {
    }

    private static Injector injector;

    private final XtextResourceSet resourceSet;
    private final IResourceValidator validator;
    private final java.util.Set<Resource> validated = new java.util.HashSet<>();

    public ModelLoader() {
        Injector in = injector();
        resourceSet = in.getInstance(XtextResourceSet.class);
        resourceSet.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.TRUE);
        validator = in.getInstance(IResourceValidator.class);
    }

    static synchronized Injector injector() {
        if (injector == null) injector = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration();
        return injector;
    }

    /**
     * Loads and validates one file and the files it imports; a file shared by several loads of this loader is
     * reported once. The caller has checked that the file exists and is readable.
     */
    public Loaded load(File file) {
        Resource resource = resourceSet.getResource(URI.createFileURI(file.getAbsolutePath()), true);
        EcoreUtil.resolveAll(resourceSet);
        List<Located> issues = new ArrayList<>();
        // by index: validating a file loads the files it imports (even those nothing refers to yet), which are
        // validated in turn, so an error in an imported file is reported with that file's name
        for (int i = 0; i < resourceSet.getResources().size(); i++) {
            Resource r = resourceSet.getResources().get(i);
            if (!validated.add(r)) continue;
            File source = new File(r.getURI().toFileString());
            for (Issue issue : validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl))
                issues.add(new Located(source, issue));
        }
        Model model = resource.getContents().isEmpty() ? null : (Model) resource.getContents().get(0);
        return new Loaded(file, model, issues);
    }
}
