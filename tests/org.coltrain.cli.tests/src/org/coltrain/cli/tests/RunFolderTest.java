package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coltrain.bridge.run.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run folder writer: a failed run leaves the previous one whole, and a killed run's leftovers are cleaned. */
class RunFolderTest {

    @TempDir
    Path tmp;

    @Test
    void aRunThatFailsHalfwayLeavesThePreviousRunWhole() throws IOException {
        Path dir = tmp.resolve("run");
        RunFolder.replace(dir, files -> {
            files.writeString("results.json", "old");
            files.writeString("report.html", "old");
        });
        assertThrows(IOException.class, () -> RunFolder.replace(dir, files -> {
            files.writeString("results.json", "new");
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(dir.resolve("results.json")));
        assertEquals("old", Files.readString(dir.resolve("report.html")));
        assertEquals(List.of("run"), names(tmp), "the failed run's staging folder is gone");
    }

    @Test
    void leftoversOfADeadProcessAreRemovedAndAPreviousRunLeftAsideComesBack() throws IOException {
        // pid 2^31 - 1 is above Linux's pid_max, so no live process owns these names
        Path staging = Files.createDirectories(tmp.resolve(".run.2147483647-1.tmp"));
        Files.writeString(staging.resolve("results.json"), "half of a killed run");
        Path aside = Files.createDirectories(tmp.resolve(".run.2147483647-2.old"));
        Files.writeString(aside.resolve("results.json"), "the previous run");
        Path other = Files.createDirectories(tmp.resolve(".other.2147483647-3.tmp"));
        RunFolder.replace(tmp.resolve("run"), files -> files.writeString("results.json", "new"));
        assertEquals("new", Files.readString(tmp.resolve("run/results.json")));
        assertEquals(List.of(".other.2147483647-3.tmp", "run"), names(tmp), "only the folder's own leftovers are touched");
        assertTrue(Files.isDirectory(other));
    }

    @Test
    void aPreviousRunLeftAsideIsRestoredBeforeTheNextRunStarts() throws IOException {
        Path aside = Files.createDirectories(tmp.resolve(".run.2147483647-2.old"));
        Files.writeString(aside.resolve("results.json"), "the previous run");
        assertThrows(IOException.class, () -> RunFolder.replace(tmp.resolve("run"), files -> {
            throw new IOException("cancelled");
        }));
        assertEquals("the previous run", Files.readString(tmp.resolve("run/results.json")));
        assertFalse(Files.exists(aside));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
