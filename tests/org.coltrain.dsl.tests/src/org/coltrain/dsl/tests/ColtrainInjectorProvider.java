package org.coltrain.dsl.tests;

import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

/** The language's injector on a plain JVM, created once, the same way the CLI's ModelLoader creates it. */
public class ColtrainInjectorProvider implements IInjectorProvider {

    private static Injector injector;

    @Override
    public synchronized Injector getInjector() {
        if (injector == null) injector = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration();
        return injector;
    }
}
