package org.coltrain.ui.launch;

import org.coltrain.ui.ColtrainUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;

/**
 * One run as a launch configuration describes it.
 *
 * @param experiment null: the model's only experiment
 * @param seed null: the experiment's own
 * @param output project-relative folder; null: out/EXPERIMENT
 */
public record SimulationRequest(IFile model, String experiment, Long seed, String output, boolean generated) {

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
        return new SimulationRequest(model, blankToNull(config.getAttribute(LaunchAttributes.EXPERIMENT, "")), seed,
                blankToNull(config.getAttribute(LaunchAttributes.OUTPUT, "")), config.getAttribute(LaunchAttributes.GENERATED, true));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
