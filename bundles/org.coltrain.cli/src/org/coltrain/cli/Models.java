package org.coltrain.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.coltrain.bridge.ModelElements;
import org.coltrain.model.Element;
import org.coltrain.model.Model;
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
        Found<Model> model = loadModel(file, err);
        if (!model.ok()) return new Found<>(null, model.exitCode());
        return new Found<>(find(model.element(), type, name, option, err).orElse(null), ExitCodes.USAGE);
    }

    /**
     * One model file that exists, is a file (not a folder), holds something and validates without errors; otherwise
     * what is wrong is printed and the exit code returned.
     */
    static Found<Model> loadModel(File file, PrintWriter err) {
        if (file.isDirectory()) {
            err.println("coltrain: " + file + " is a folder; give one .coltrain file (validate checks whole folders)");
            return new Found<>(null, ExitCodes.USAGE);
        }
        if (ModelFiles.expand(List.of(file), err) == null) return new Found<>(null, ExitCodes.USAGE);
        if (file.length() == 0) {
            err.println("coltrain: " + file + " is empty; write a model in it (see examples/) or give another file");
            return new Found<>(null, ExitCodes.MODEL_ERRORS);
        }
        Optional<Model> model = loadValid(file, err);
        return model.isEmpty() ? new Found<>(null, ExitCodes.MODEL_ERRORS) : new Found<>(model.get(), ExitCodes.OK);
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
     * The element of the given type and name (see {@link ModelElements#find}); empty after printing why not. The
     * option that names it is the element's keyword: --experiment, --mapping, --serving, --cluster, ...
     */
    static <T extends Element> Optional<T> find(Model model, Class<T> type, String name, String option, PrintWriter err) {
        ModelElements.Lookup<T> lookup = ModelElements.find(model, type, option.substring(2), name, "choose one with " + option);
        if (lookup.problem() != null) err.println("coltrain: " + lookup.problem());
        return Optional.ofNullable(lookup.element());
    }
}
