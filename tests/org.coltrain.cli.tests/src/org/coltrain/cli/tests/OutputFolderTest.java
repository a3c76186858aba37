package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a run writes: a folder that cannot take the run is the user's error (exit 2, one line, nothing simulated or
 * written), a rerun replaces the previous run's folder as a whole, and files get the umask's permissions.
 */
class OutputFolderTest {

    private static final String MODEL = "examples/equinox/equinox.coltrain", EXPERIMENT = "DedicatedTraining";

    @TempDir
    Path tmp;

    @Test
    void outputNamingAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        Cli cli = run(file.toString());
        assertOneLineUsageError(cli, file + " is a file; give a new or empty folder");
        assertEquals("mine", Files.readString(file), "the file is left alone");
    }

    @Test
    void outputNamingADeviceIsAUsageError() {
        assertOneLineUsageError(run("/dev/null"), "/dev/null is not a folder; give a new or empty folder");
    }

    @Test
    void emptyOutputNameDoesNotWriteIntoTheCurrentFolder() {
        Cli cli = run("");
        assertOneLineUsageError(cli, "-o names no folder");
        assertFalse(Files.exists(Path.of("results.json")), "nothing in the current folder");
    }

    @Test
    void currentFolderIsRefused() {
        assertOneLineUsageError(run("."), "is the current folder or contains it");
    }

    @Test
    void folderOfOtherFilesIsRefused() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(mine.resolve("thesis.tex"), "\\chapter{}");
        assertOneLineUsageError(run(mine.toString()), "holds files that are not a ColTraIn run (no results.json)");
        assertTrue(Files.exists(mine.resolve("thesis.tex")));
    }

    @Test
    void readOnlyFolderIsRefused() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into read-only folders");
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertOneLineUsageError(run(ro.resolve("run").toString()), "is read-only");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void rerunReplacesThePreviousRunAsAWholeAndLeavesNoTemporaries() throws IOException {
        Path out = tmp.resolve("run");
        assertEquals(0, run(out.toString()).exitCode());
        Files.writeString(out.resolve("left-over.csv"), "from an older run");
        Cli again = Cli.run("run", MODEL, "-e", EXPERIMENT, "--interpret", "-s", 11, "-o", out);
        assertEquals(0, again.exitCode(), again::toString);
        assertFalse(Files.exists(out.resolve("left-over.csv")), "the folder holds exactly the new run");
        assertTrue(Files.readString(out.resolve("results.json")).contains("\"seed\": 11"));
        assertTrue(Files.readString(out.resolve("results.xmi")).contains("seed=\"11\""), "results.xmi of the same run");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertEquals(java.util.List.of("run"), siblings.map(p -> p.getFileName().toString()).toList(), "no temporaries beside it");
        }
    }

    @Test
    void filesFollowTheUmask() throws IOException {
        Path out = tmp.resolve("run");
        assertEquals(0, run(out.toString()).exitCode());
        // a file created here gets 0666 minus this process's umask, as every run output should (not 0600)
        Path probe = Files.createFile(tmp.resolve("probe"));
        var expected = Files.getPosixFilePermissions(probe);
        for (String f : new String[] { "results.json", "results.xmi", "report.html", "svg/timeline.svg" })
            assertEquals(expected, Files.getPosixFilePermissions(out.resolve(f)), f);
    }

    @Test
    void runOnAFolderSaysSo() {
        Cli cli = Cli.run("run", "examples/equinox");
        assertOneLineUsageError(cli, "examples/equinox is a folder; give one .coltrain file");
    }

    @Test
    void runOnAnEmptyFileSaysSo() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.coltrain"));
        Cli cli = Cli.run("run", empty);
        assertEquals(1, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains(empty + " is empty"), cli::toString);
    }

    private static Cli run(String out) {
        return Cli.run("run", MODEL, "-e", EXPERIMENT, "--interpret", "-o", out);
    }

    private static void assertOneLineUsageError(Cli cli, String message) {
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains(message), cli::toString);
        assertEquals(1, cli.err().strip().lines().count(), "one line: " + cli);
        assertTrue(cli.out().isEmpty(), "nothing simulated: " + cli);
    }
}
