package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** numerics compare / train / error as a user sees them (short runs: one epoch, two seeds). */
class NumericsCommandTest {

    @Test
    void compareSummarisesEverySeedAndWritesOneCsvRowPerRun(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("acc.csv");
        Cli cli = Cli.run("numerics", "compare", "--epochs", "1", "--seeds", "2", "--encodings",
                "fp32,fixed8-static,int8-dynamic-grad-sr", "--csv", csv);
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("int8-dynamic-grad-sr"), cli::toString);
        assertTrue(cli.out().contains("seed noise"), cli::toString);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("encoding,model,seed,test_accuracy", lines.get(0));
        assertEquals(7, lines.size(), lines::toString);
        assertTrue(lines.get(1).startsWith("fp32,mlp,1,") && lines.get(2).startsWith("fp32,mlp,2,"), lines::toString);
        assertTrue(lines.get(3).startsWith("fixed8-static,mlp,1,"), lines::toString);
    }

    @Test
    void trainLabelsTheRowWithTheExactVariant() {
        Cli cli = Cli.run("numerics", "train", "--encoding", "hbfp8-emu-sr", "--epochs", "1");
        assertEquals(0, cli.exitCode(), cli::toString);
        assertTrue(cli.out().contains("hbfp8-emu-sr"), cli::toString);
    }

    @Test
    void wrongNamesAndAComparisonWithoutItsReferenceGetOneClearLine() {
        Cli unknown = Cli.run("numerics", "train", "--encoding", "int8", "--epochs", "1");
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("int<2..25>-dynamic"), unknown::toString);
        Cli noFp32 = Cli.run("numerics", "compare", "--epochs", "1", "--seeds", "1", "--encodings", "hbfp8");
        assertEquals(2, noFp32.exitCode(), noFp32::toString);
        assertTrue(noFp32.err().contains("fp32"), noFp32::toString);
        Cli recipe = Cli.run("numerics", "error", "--encoding", "hbfp8-emu-sr");
        assertEquals(2, recipe.exitCode(), recipe::toString);
        assertTrue(recipe.err().contains("training recipe"), recipe::toString);
        for (Cli c : List.of(unknown, noFp32, recipe)) assertFalse(c.err().contains("\tat "), c::toString);
    }
}
