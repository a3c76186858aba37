import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes the signature files from the jars of a folder (the CLI's runtime classpath, target/lib). The JVM's
 * ahead-of-time cache and class-data sharing skip classes from signed jars, and the class loader checks each
 * class against its signed digest; Maven already verified the downloads' checksums. Run by the CLI's build:
 * {@code java UnsignedJars.java FOLDER}.
 */
public final class UnsignedJars {

    /** A jar signature: the signature file and its block (JAR File Specification, "Signed JAR File"). */
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: java UnsignedJars.java FOLDER");
        List<Path> jars;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
        int stripped = 0;
        for (Path jar : jars) if (strip(jar)) stripped++;
        System.out.println("UnsignedJars: removed the signatures of " + stripped + " of " + jars.size() + " jars in " + args[0]);
    }

    /** Rewrites the jar without its signature files; false when it had none. */
    static boolean strip(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> SIGNATURE.matcher(e.getName()).matches())) return false;
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tmp))) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry e = entries.nextElement();
                    if (SIGNATURE.matcher(e.getName()).matches()) continue;
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
