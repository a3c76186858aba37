import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassFileVersion;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites the class files older than Java 6 (class file version 50) in the jars of a folder (the CLI's runtime
 * classpath, target/lib) as version 50 with stack maps, the same instructions. The JVM's ahead-of-time
 * cache (JDK 25) skips such "old" classes, and classes that extend or implement them, so without this picocli,
 * reload4j, ANTLR's runtime and Xtext's parser classes are loaded from their jars and verified by the old
 * type-inferring verifier on every start. Stack maps are computed by the JDK's class-file API (JEP 484, JDK 24+);
 * a class it cannot rewrite is kept as it was (one whose types are not on the classpath, such as reload4j's JMS and
 * mail appenders, or one using jsr/ret, which version 50 verifies only with the old verifier). Run by the CLI's
 * build after UnsignedJars on JDK 24+: {@code java CacheableClassFiles.java FOLDER}.
 */
public final class CacheableClassFiles {

    /** Java 6: the first class file version with stack maps (JVM Specification, 4.10.1 and 4.7.4). */
    private static final int FIRST_WITH_STACK_MAPS = 50;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: java CacheableClassFiles.java FOLDER");
        List<Path> jars;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) urls[i] = jars.get(i).toUri().toURL();
        int[] counts = new int[2]; // rewritten, kept
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            // the supertypes stack maps need are read from the classpath's jars, not loaded
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(loader))));
            for (Path jar : jars) rewrite(jar, classFile, counts);
        }
        System.out.println("CacheableClassFiles: rewrote " + counts[0] + " class files as version "
                + FIRST_WITH_STACK_MAPS + " (kept " + counts[1] + " it could not rewrite) in " + args[0]);
    }

    /** Rewrites the jar's old class files; leaves the jar untouched when it has none. */
    static void rewrite(Path jar, ClassFile classFile, int[] counts) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".rewritten");
        boolean changed = false;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> isOld(in, e))) return;
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry e = entries.nextElement();
                    byte[] data;
                    try (InputStream stream = in.getInputStream(e)) {
                        data = stream.readAllBytes();
                    }
                    if (isOldClass(e, data)) {
                        byte[] upgraded = upgrade(classFile, data);
                        if (upgraded != null) {
                            data = upgraded;
                            changed = true;
                            counts[0]++;
                        } else counts[1]++;
                    }
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    out.write(data);
                    out.closeEntry();
                }
            }
        }
        if (changed) Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        else Files.delete(tmp);
    }

    /** The class file as version 50 with stack maps for every method, or null when that is not possible. */
    static byte[] upgrade(ClassFile classFile, byte[] data) {
        try {
            ClassModel model = classFile.parse(data);
            ClassTransform version = (builder, element) -> {
                if (element instanceof ClassFileVersion) builder.withVersion(FIRST_WITH_STACK_MAPS, 0);
                else builder.with(element);
            };
            // rebuilding each method body (ACCEPT_ALL) is what makes the class-file API generate its stack map
            return classFile.transformClass(model,
                    version.andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return null;
        }
    }

    private static boolean isOld(ZipFile jar, ZipEntry e) {
        if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/")) return false;
        try (InputStream stream = jar.getInputStream(e)) {
            return isOldClass(e, stream.readNBytes(8));
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    /** A class file (not a multi-release variant under META-INF) whose major version precedes stack maps. */
    private static boolean isOldClass(ZipEntry e, byte[] data) {
        if (!e.getName().endsWith(".class") || e.getName().startsWith("META-INF/") || data.length < 8) return false;
        int major = ((data[6] & 0xff) << 8) | (data[7] & 0xff);
        return major < FIRST_WITH_STACK_MAPS;
    }
}
