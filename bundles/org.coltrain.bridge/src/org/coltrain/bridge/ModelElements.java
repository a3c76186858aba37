package org.coltrain.bridge;

import java.util.ArrayList;
import java.util.List;

import org.coltrain.model.Element;
import org.coltrain.model.Import;
import org.coltrain.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/** Finds the element a command or launch works on: by name in a model and its imports, or the file's only one. */
public final class ModelElements {

    /** The element found, or (element null) what is wrong in a sentence that names the choices. */
    public record Lookup<T>(T element, String problem) {
    }

    private ModelElements() {
    }

    /**
     * With a name: the element of that type and name in the file or the files it imports. Without: the only one of
     * the file itself, or of its imports when the file has none. Messages call the element by its keyword
     * ({@code kind}, e.g. "mapping"); {@code howToChoose} ends the one for several, e.g. "choose one with --mapping".
     */
    public static <T extends Element> Lookup<T> find(Model model, Class<T> type, String kind, String name, String howToChoose) {
        List<T> own = elements(model, type);
        List<T> all = new ArrayList<>(own);
        for (Model imported : imports(model)) all.addAll(elements(imported, type));
        if (name != null) {
            for (T t : all) if (name.equals(t.getName())) return new Lookup<>(t, null);
            return new Lookup<>(null, "no " + kind + " named '" + name + "'; available: " + names(all));
        }
        List<T> candidates = own.isEmpty() ? all : own;
        if (candidates.size() == 1) return new Lookup<>(candidates.get(0), null);
        return new Lookup<>(null, candidates.isEmpty() ? "the model has no " + kind
                : "the model has several " + kind + "s (" + names(candidates) + "); " + howToChoose);
    }

    /** The models {@code model} imports directly, loaded into its resource set. */
    public static List<Model> imports(Model model) {
        List<Model> out = new ArrayList<>();
        for (Import i : model.getImports())
            for (EObject root : model.eResource().getResourceSet()
                    .getResource(URI.createURI(i.getImportURI()).resolve(model.eResource().getURI()), true).getContents())
                out.add((Model) root);
        return out;
    }

    private static <T extends Element> List<T> elements(Model model, Class<T> type) {
        return model.getElements().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String names(List<? extends Element> elements) {
        return String.join(", ", elements.stream().map(Element::getName).toList());
    }
}
