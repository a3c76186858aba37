package org.coltrain.dsl.validation;

import java.io.File;

import org.coltrain.bridge.policy.PolicySources;
import org.coltrain.model.ColtrainPackage;
import org.coltrain.model.Scheduler;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * User-written policies ({@code scheduler custom "org.acme.EdfPolicy"}): the name is a Java class name and its
 * source is where the CLI and the IDE look for it. Whether it compiles and implements the interface is checked
 * when it is compiled for a run, which reports the policy's own file and line.
 */
public class PolicyValidator extends AbstractDeclarativeValidator {

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into ColtrainValidator
    }

    @Check
    public void checkPolicyClassName(Scheduler scheduler) {
        String name = scheduler.getPolicyClass();
        if (name != null && !PolicySources.isClassName(name))
            error("'" + name + "' is not a Java class name; write the qualified name of your policy class, e.g. \"org.acme.EdfPolicy\"",
                    scheduler, ColtrainPackage.Literals.SCHEDULER__POLICY_CLASS, IssueCodes.POLICY_CLASS_NAME);
    }

    @Check
    public void checkPolicySourceExists(Scheduler scheduler) {
        String name = scheduler.getPolicyClass();
        if (name == null || !PolicySources.isClassName(name) || scheduler.eResource() == null) return;
        URI uri = scheduler.eResource().getURI();
        if (!uri.isFile()) return;
        File model = new File(uri.toFileString());
        if (PolicySources.find(model, name) == null)
            error("no source for policy " + name + ": put it at src/" + PolicySources.relativePath(name).replace(File.separatorChar, '/')
                    + " next to this model file (or in a src/ folder above it)",
                    scheduler, ColtrainPackage.Literals.SCHEDULER__POLICY_CLASS, IssueCodes.POLICY_SOURCE_MISSING);
    }
}
