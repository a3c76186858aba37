package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.coltrain.model.Element;
import org.coltrain.model.Import;
import org.coltrain.model.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.diagnostics.Severity;

/** Loading a model for a command that needs a valid one, and finding its named elements. */
final class Models {

    private Models() {
    }

    /** The element a command works on, or the exit code to return after its reason was printed. */
    record Found<T>(T element, int exitCode) {
        boolean ok() { return element != null; }
    }

    /**
     * The preamble of every command that simulates one element of a file: the file must exist, validate without
     * errors and hold the element of the given type (by name, or the only one); otherwise what is wrong is printed.
     */
    static <T extends Element> Found<T> load(File file, Class<T> type, String name, String option, PrintWriter err) {
        if (ModelFiles.expand(List.of(file), err) == null) return new Found<>(null, ExitCodes.USAGE);
        Optional<Model> model = loadValid(file, err);
        if (model.isEmpty()) return new Found<>(null, ExitCodes.MODEL_ERRORS);
        return new Found<>(find(model.get(), type, name, option, err).orElse(null), ExitCodes.USAGE);
    }

    /**
     * Loads and validates a file; prints its issues (warnings too) to err. Empty when the file is unusable or has
     * errors, which have then been printed: the command should exit with {@link ExitCodes#MODEL_ERRORS}.
     */
    static Optional<Model> loadValid(File file, PrintWriter err) {
        ModelLoader.Loaded loaded = new ModelLoader().load(file);
        for (ModelLoader.Located issue : loaded.issues())
            if (issue.issue().getSeverity() != Severity.INFO) err.println(IssueFormat.format(issue.file(), issue.issue()));
        err.flush();
        return loaded.hasErrors() || loaded.model() == null ? Optional.empty() : Optional.of(loaded.model());
    }

    /**
     * The element of the given type and name in the file or the files it imports; without a name, the only one
     * of the file itself (or of its imports). Empty after printing what to write when there is none or several.
     */
    static <T extends Element> Optional<T> find(Model model, Class<T> type, String name, String option, PrintWriter err) {
        List<T> own = elements(model, type);
        List<T> all = new java.util.ArrayList<>(own);
        for (Import i : model.getImports())
            for (EObject root : model.eResource().getResourceSet().getResource(
                    org.eclipse.emf.common.util.URI.createURI(i.getImportURI()).resolve(model.eResource().getURI()), true).getContents())
                all.addAll(elements((Model) root, type));
        String kind = type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        if (name != null) {
            for (T t : all) if (name.equals(t.getName())) return Optional.of(t);
            err.println("coltrain: no " + kind + " named '" + name + "'; available: " + names(all));
            return Optional.empty();
        }
        List<T> candidates = own.isEmpty() ? all : own;
        if (candidates.size() == 1) return Optional.of(candidates.get(0));
        err.println(candidates.isEmpty() ? "coltrain: the model has no " + kind
                : "coltrain: the model has several " + kind + "s (" + names(candidates) + "); choose one with " + option);
        return Optional.empty();
    }

    private static <T extends Element> List<T> elements(Model model, Class<T> type) {
        return model.getElements().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String names(List<? extends Element> elements) {
        return String.join(", ", elements.stream().map(Element::getName).toList());
    }
}
