package org.coltrain.bridge.policy;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the source of a user-written policy lives: {@code src/<package path>/<Class>.java} in the model file's
 * folder or the nearest parent folder that has it, as a Java project keeps its sources ({@code org.acme.EdfPolicy}
 * named by {@code examples/policies/edf.coltrain} is {@code examples/policies/src/org/acme/EdfPolicy.java}). The
 * same rule serves the CLI and the IDE, whose workspace projects are folders on disk.
 */
public final class PolicySources {

    /** A found source: the file and the source root it lies in (given to the compiler as the source path). */
    public record Found(File file, File root) {
    }

    private PolicySources() {
    }

    /** The first candidate that exists, or null. */
    public static Found find(File modelFile, String className) {
        for (File root : roots(modelFile)) {
            File f = new File(root, relativePath(className));
            if (f.isFile()) return new Found(f, root);
        }
        return null;
    }

    /** The source roots searched, nearest first: {@code src} in the model's folder and in each parent. */
    public static List<File> roots(File modelFile) {
        List<File> roots = new ArrayList<>();
        for (File dir = modelFile.getAbsoluteFile().getParentFile(); dir != null; dir = dir.getParentFile())
            roots.add(new File(dir, "src"));
        return roots;
    }

    /** {@code org.acme.EdfPolicy} becomes {@code org/acme/EdfPolicy.java}. */
    public static String relativePath(String className) {
        return className.replace('.', File.separatorChar) + ".java";
    }

    /** A qualified Java class name: dot-separated identifiers, none a keyword. */
    public static boolean isClassName(String name) {
        if (name == null || name.isEmpty()) return false;
        for (String part : name.split("\\.", -1))
            if (!javax.lang.model.SourceVersion.isIdentifier(part) || javax.lang.model.SourceVersion.isKeyword(part)) return false;
        return true;
    }
}
