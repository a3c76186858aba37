package org.coltrain.ui.launch;

import org.coltrain.bridge.run.RunKinds;
import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * One run as a launch configuration describes it.
 *
 * @param kind    keyword of the kind to run the element as (experiment, sweep, ...); null: the element's own kind
 * @param element null: the model's only runnable element
 * @param seed    null: the element's own
 * @param output  project-relative folder; null: out/ and the target's default folder
 */
public record SimulationRequest(IFile model, String kind, String element, Long seed, String output, boolean generated) {

    /** Reads and checks a configuration; a wrong value is reported with the attribute to change. */
    public static SimulationRequest of(ILaunchConfiguration config) throws CoreException {
        String path = config.getAttribute(LaunchAttributes.MODEL, "");
        if (path.isBlank()) throw new CoreException(ColtrainUi.error("'" + config.getName() + "' names no model file; choose one on its Model tab", null));
        IFile model = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(path));
        if (!model.exists()) throw new CoreException(ColtrainUi.error("model file " + path + " of '" + config.getName() + "' does not exist", null));
        String seedText = config.getAttribute(LaunchAttributes.SEED, "").strip();
        Long seed;
        try {
            seed = seedText.isEmpty() ? null : Long.valueOf(seedText);
        } catch (NumberFormatException e) {
            throw new CoreException(ColtrainUi.error("seed '" + seedText + "' of '" + config.getName() + "' is not a whole number", null));
        }
        String kind = blankToNull(config.getAttribute(LaunchAttributes.KIND, ""));
        if (kind != null && RunKinds.byKeyword(kind) == null)
            throw new CoreException(ColtrainUi.error("'" + config.getName() + "' runs its element as '" + kind + "'; use one of "
                    + RunKinds.ALL.stream().map(k -> k.keyword()).toList(), null));
        return new SimulationRequest(model, kind, blankToNull(config.getAttribute(LaunchAttributes.ELEMENT, "")), seed,
                blankToNull(config.getAttribute(LaunchAttributes.OUTPUT, "")), config.getAttribute(LaunchAttributes.GENERATED, true));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
