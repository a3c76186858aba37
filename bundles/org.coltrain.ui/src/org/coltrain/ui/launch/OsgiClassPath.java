package org.coltrain.ui.launch;

import java.io.File;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The class path a generated simulation class compiles against inside OSGi, where java.class.path names only the
 * launcher: the jars (or class folders) of the bundles its code refers to.
 */
final class OsgiClassPath {

    private OsgiClassPath() {
    }

    static String of(Class<?>... representatives) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : representatives) {
            Bundle bundle = FrameworkUtil.getBundle(c);
            if (bundle == null) continue;
            File location = FileLocator.getBundleFileLocation(bundle).orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
            if (location.isDirectory()) {
                // A bundle run from its project (tests, a development workbench): its classes are in the build output.
                for (String output : new String[] { "target/classes", "bin" })
                    if (new File(location, output).isDirectory()) entries.add(new File(location, output).getPath());
            }
            entries.add(location.getPath());
        }
        return String.join(File.pathSeparator, entries);
    }
}
