package org.coltrain.bridge.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.coltrain.bridge.results.TempNames;

/**
 * A run's output folder, replaced as a whole: every file goes into a fresh sibling {@code .NAME.PID-N.tmp}, which
 * is renamed into place at the end (the previous run, if any, first renamed aside to {@code .NAME.PID-N.old} and
 * then deleted). A reader therefore finds either the previous complete run or the new one, never a mix; a run that
 * fails or is cancelled leaves the previous one. Between the two renames (microseconds) the folder is missing; a
 * process killed just there leaves the previous run as {@code .NAME.*.old}, which the next run to the same folder
 * moves back before it starts. Temporaries of dead processes are removed the same way; new directories and files
 * get the permissions the umask gives.
 */
public final class RunFolder {

    /** What a run puts into its folder. */
    @FunctionalInterface
    public interface Content {
        void write(OutputFiles files) throws IOException;
    }

    private static final String TMP = ".tmp", OLD = ".old";

    private RunFolder() {
    }

    /**
     * Why {@code dir} cannot take a run, in a sentence that names it, or null. A folder may be replaced when it does
     * not exist, is empty, or holds a run (its results.json); anything else (a file, a device, a folder of other
     * files, a read-only place, the current folder or one that contains it) is refused before anything runs.
     */
    public static String problem(Path dir) {
        if (dir.toString().isEmpty()) return "the output folder is empty; give a folder name";
        Path abs = dir.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        if (cwd.startsWith(abs)) return dir + " is the current folder or contains it; give a folder of its own for the run";
        if (abs.getParent() == null) return dir + " is the root folder; give a folder of its own for the run";
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs))
                return dir + (Files.isRegularFile(abs) ? " is a file" : " is not a folder") + "; give a new or empty folder";
            if (!Files.isWritable(abs)) return "cannot write " + dir + ": the folder is read-only";
            if (!Files.isWritable(abs.getParent())) return "cannot replace " + dir + ": " + abs.getParent() + " is read-only";
            if (!Files.exists(abs.resolve("results.json")) && !empty(abs))
                return dir + " holds files that are not a ColTraIn run (no results.json); give a new or empty folder, or a run's folder";
        } else {
            Path ancestor = existingAncestor(abs.getParent());
            if (ancestor == null || !Files.isDirectory(ancestor)) return "cannot create " + dir + ": " + ancestor + " is not a folder";
            if (!Files.isWritable(ancestor)) return "cannot create " + dir + ": " + ancestor + " is read-only";
        }
        return null;
    }

    /**
     * Writes {@code content} into a staging sibling of {@code dir} and moves it into place. Throws what writing
     * throws (nothing of the run is then in place); {@link #problem} should have been asked first.
     */
    public static void replace(Path dir, Content content) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        cleanStale(parent, name);
        String unique = TempNames.unique();
        Path staging = parent.resolve("." + name + "." + unique + TMP);
        Files.createDirectory(staging);
        // Ctrl-C or a polite kill: take the staging folder along (a hard kill leaves it to cleanStale).
        Thread cleanup = new Thread(() -> deleteQuietly(staging), "run-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            content.write(new OutputFiles(staging));
            Path old = parent.resolve("." + name + "." + unique + OLD);
            boolean hadOld = Files.exists(target);
            if (hadOld) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            if (hadOld) deleteTree(old);
        } finally {
            deleteQuietly(staging);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // shutting down already: the hook runs and finds nothing to delete
            }
        }
    }

    /** Removes temporaries of dead processes next to {@code name}; puts a previous run back if it was left aside. */
    static void cleanStale(Path parent, String name) throws IOException {
        Path target = parent.resolve(name);
        String prefix = "." + name + ".";
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : siblings) {
                String rest = p.getFileName().toString().substring(prefix.length());
                boolean tmp = rest.endsWith(TMP), old = rest.endsWith(OLD);
                if (!tmp && !old) continue;
                if (!TempNames.stale(rest.substring(0, rest.length() - (tmp ? TMP : OLD).length()))) continue;
                if (old && !Files.exists(target)) Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                else deleteTree(p);
            }
        }
    }

    private static Path existingAncestor(Path p) {
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p;
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // best effort: a leftover temporary is removed by the next run's cleanStale
        }
    }
}
