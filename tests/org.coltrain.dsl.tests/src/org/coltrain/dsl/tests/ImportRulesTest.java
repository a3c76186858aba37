package org.coltrain.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports that lead nowhere, and errors in imported files, through {@code coltrain validate}. */
class ImportRulesTest {

    private static final String NET = "network Mlp {\n\tinput 1 x 8 x 8\n\tdense fc out 10\n}\n";

    @TempDir
    Path dir;

    private Cli validate(String importPath) throws IOException {
        Path model = dir.resolve("model.coltrain");
        Files.writeString(model, "import \"" + importPath + "\"\n" + NET.replace("Mlp", "Own"));
        return Cli.run("validate", model.toString());
    }

    private static void onlyCode(Cli cli, String code) {
        List<String> lines = cli.issueLines();
        assertEquals(1, lines.size(), cli.out());
        assertTrue(lines.get(0).endsWith("[" + code + "]"), lines.get(0));
        assertEquals(1, cli.exitCode());
    }

    @Test
    void aMissingFileIsNotFound() throws IOException {
        onlyCode(validate("lib/none.coltrain"), "importNotFound");
    }

    @Test
    void aFolderIsNotFound() throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        onlyCode(validate("lib"), "importNotFound");
    }

    @Test
    void anEmptyPathIsNotFound() throws IOException {
        onlyCode(validate(""), "importNotFound");
    }

    @Test
    void aUrlIsNotAFilePath() throws IOException {
        onlyCode(validate("https://example.org/lib.coltrain"), "importNotFound");
    }

    @Test
    void aTextFileThatIsNoModelIsNotAModel() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "network Mlp {}\n");
        onlyCode(validate("notes.txt"), "importNotAModel");
    }

    @Test
    void aBinaryFileIsNotAModel() throws IOException {
        Files.write(dir.resolve("blob.coltrain"), new byte[] { 0x7f, 'E', 'L', 'F', 0, 0, 1, (byte) 0xff });
        onlyCode(validate("blob.coltrain"), "importNotAModel");
    }

    @Test
    void anExistingModelFileIsAccepted() throws IOException {
        Files.writeString(dir.resolve("lib.coltrain"), NET);
        Cli cli = validate("lib.coltrain");
        assertEquals(List.of(), cli.issueLines());
        assertEquals(0, cli.exitCode());
    }

    @Test
    void anErrorInAnImportedFileIsReportedWithItsNameEvenWhenNothingUsesIt() throws IOException {
        Files.writeString(dir.resolve("lib.coltrain"), NET.replace("dense fc out 10", "dense fc out 10 extra"));
        Cli cli = validate("lib.coltrain");
        List<String> lines = cli.issueLines();
        assertEquals(1, lines.size(), cli.out());
        assertTrue(lines.get(0).contains("lib.coltrain:") && lines.get(0).endsWith("[syntax]"), lines.get(0));
    }

    @Test
    void oneNameDefinedByTwoImportedFilesIsAnError() throws IOException {
        Files.writeString(dir.resolve("a.coltrain"), NET);
        Files.writeString(dir.resolve("b.coltrain"), NET);
        Path model = dir.resolve("model.coltrain");
        Files.writeString(model, "import \"a.coltrain\"\nimport \"b.coltrain\"\n" + NET.replace("Mlp", "Own"));
        Cli cli = Cli.run("validate", model.toString());
        onlyCode(cli, "duplicateName");
        assertTrue(cli.out().contains("'Mlp' is defined both in a.coltrain and in b.coltrain"), cli.out());
    }
}
