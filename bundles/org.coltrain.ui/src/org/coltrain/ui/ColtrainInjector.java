package org.coltrain.ui;

import org.coltrain.dsl.ide.ColtrainIdeSetup;

import com.google.inject.Injector;

/** The one Xtext injector of the IDE: the language's runtime module mixed with its IDE services module. */
public final class ColtrainInjector {

    private static Injector injector;

    private ColtrainInjector() {
    }

    public static synchronized Injector get() {
        if (injector == null) injector = new ColtrainIdeSetup().createInjectorAndDoEMFRegistration();
        return injector;
    }
}
