package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coltrain.bridge.results.ResultsToModel;
import org.coltrain.model.StudyResult;
import org.coltrain.model.SweepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coltrain run FILE -e NAME} finds any runnable element by name; an experiment's sweep with --sweep. */
class RunAnyElementTest {

    private static final String EQUINOX = "examples/equinox/equinox.coltrain";

    @Test
    void sweepRunsThroughRunAndWritesTheSweepResult(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("run", EQUINOX, "-e", "EquinoxAdaptive", "--sweep", "-j", 2, "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        SweepResult sweep = assertInstanceOf(SweepResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        assertEquals(5, sweep.getPoints().size(), "the five rates of the example");
        assertEquals(1 + 5, Files.readAllLines(dir.resolve("sweep.csv")).size());
        assertTrue(Files.exists(dir.resolve("report.html")) && Files.exists(dir.resolve("pareto.svg")));
        // the same rows as the sweep alias
        Cli alias = Cli.run("sweep", EQUINOX, "-e", "EquinoxAdaptive", "-j", 1, "-o", dir.resolve("alias"));
        assertEquals(0, alias.exitCode(), alias::toString);
        assertEquals(Files.readString(dir.resolve("sweep.csv")), Files.readString(dir.resolve("alias/sweep.csv")));
    }

    @Test
    void aStudyRunsThroughRunAndWritesTheStudyResult(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("run", "examples/equinox/studies.coltrain", "-e", "HbfpCost", "-o", dir);
        assertEquals(0, cli.exitCode(), cli::toString);
        StudyResult study = assertInstanceOf(StudyResult.class, ResultsToModel.loadAny(dir.resolve("results.xmi")));
        assertEquals("HbfpCost", study.getStudy());
        // the same claims as coltrain study writes: one line per claim of the study, after the header
        assertEquals(1 + study.getClaims().size(), Files.readAllLines(dir.resolve("claims.csv")).size());
        assertTrue(Files.exists(dir.resolve("report.html")) && Files.exists(dir.resolve("study.properties")));
    }

    @Test
    void severalRunnableElementsNeedOneNamedAndTheMessageListsThem() {
        Cli cli = Cli.run("run", EQUINOX);
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("experiment EquinoxCoLocated") && cli.err().contains("-e NAME"), cli::toString);
    }

    @Test
    void sweepOfAnExperimentWithoutSweepEntriesIsAModelError() {
        Cli cli = Cli.run("run", EQUINOX, "-e", "DedicatedTraining", "--sweep");
        assertEquals(1, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("has no 'sweep' entries"), cli::toString);
    }

    @Test
    void onlyAnExperimentRunsAsASweep() {
        Cli cli = Cli.run("run", "examples/odimo/diana.coltrain", "-e", "ResNet20OnDiana", "--sweep");
        assertEquals(2, cli.exitCode(), cli::toString);
        assertTrue(cli.err().contains("mapping ResNet20OnDiana is not an experiment"), cli::toString);
    }
}
