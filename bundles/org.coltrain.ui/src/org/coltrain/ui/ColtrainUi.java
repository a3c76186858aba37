package org.coltrain.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The bundle's activator: its id, its log, and the shared Xtext injector (see {@link ColtrainInjector}). */
public final class ColtrainUi extends AbstractUIPlugin {

    public static final String ID = "org.coltrain.ui";

    private static ColtrainUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static ColtrainUi get() {
        return instance;
    }

    public static IStatus error(String message, Throwable cause) {
        return new Status(IStatus.ERROR, ID, message, cause);
    }

    public static void log(String message, Throwable cause) {
        ILog.of(ColtrainUi.class).log(error(message, cause));
    }
}
