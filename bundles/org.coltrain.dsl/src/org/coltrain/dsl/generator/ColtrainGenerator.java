package org.coltrain.dsl.generator;

import java.io.File;
import java.io.IOException;

import org.coltrain.model.Experiment;
import org.coltrain.sim.serve.arrival.TraceParseException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;

/**
 * Xtext's generator hook (run by the Eclipse builder on save and by {@code coltrain generate}): one Java class per
 * experiment, a runnable simulation instance. See {@link SimulationClassGenerator} for what the class contains.
 */
public class ColtrainGenerator extends AbstractGenerator {

    private final SimulationClassGenerator generator = new SimulationClassGenerator();

    @Override
    public void doGenerate(Resource resource, IFileSystemAccess2 fsa, IGeneratorContext context) {
        for (var it = resource.getAllContents(); it.hasNext();) {
            if (context.getCancelIndicator().isCanceled()) return;
            if (!(it.next() instanceof Experiment experiment)) continue;
            try {
                SimulationClassGenerator.GeneratedClass c = generator.generate(experiment, label(resource.getURI()));
                fsa.generateFile(c.path(), c.source());
            } catch (IOException | TraceParseException e) {
                // the builder has no place for this: the model is valid but its trace file is unreadable
                throw new IllegalStateException("cannot generate experiment " + experiment.getName() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The model's path as results.json names it: relative to the working directory when below it. */
    static String label(URI uri) {
        if (!uri.isFile()) return uri.toString();
        String cwd = new File("").getAbsolutePath() + File.separator, abs = new File(uri.toFileString()).getAbsolutePath();
        return abs.startsWith(cwd) ? abs.substring(cwd.length()) : abs;
    }
}
