package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.AMPLITUDE_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.DUPLICATE_NAME;
import static org.coltrain.dsl.validation.IssueCodes.PERCENTILE_RANGE;
import static org.coltrain.dsl.validation.IssueCodes.TRACE_FILE_MISSING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.Model;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services, arrivals and names in workloads (WorkloadValidator), each both ways. */
class WorkloadRulesTest extends RuleTestSupport {

    private static final String SERVICE = MLP + """
            workload Load {
            	service digits {
            		network Mlp
            		arrival ARRIVAL
            		slo 500 us at percentile 99
            	}
            }
            """;

    private static String service(String arrival) {
        return SERVICE.replace("ARRIVAL", arrival);
    }

    @Test
    void percentileOf100IsOutOfRange() {
        assertOnlyError(service("poisson rate 1000 /s").replace("percentile 99", "percentile 100"), Literals.SERVICE,
                PERCENTILE_RANGE);
    }

    @Test
    void percentileOfZeroIsOutOfRange() {
        assertOnlyError(service("poisson rate 1000 /s").replace("percentile 99", "percentile 0"), Literals.SERVICE,
                PERCENTILE_RANGE);
    }

    @Test
    void percentileOf99Point9IsInRange() {
        assertClean(service("poisson rate 1000 /s").replace("percentile 99", "percentile 99.9"), PERCENTILE_RANGE);
    }

    @Test
    void diurnalAmplitudeAbove100PercentIsOutOfRange() {
        assertOnlyError(service("diurnal mean 1000 /s amplitude 150 % period 24 h"), Literals.DIURNAL_ARRIVAL,
                AMPLITUDE_RANGE);
    }

    @Test
    void diurnalAmplitudeAsAFractionAbove1IsOutOfRange() {
        assertOnlyError(service("diurnal mean 1000 /s amplitude 1.5 period 24 h"), Literals.DIURNAL_ARRIVAL, AMPLITUDE_RANGE);
    }

    @Test
    void diurnalAmplitudeOf50PercentIsInRange() {
        assertClean(service("diurnal mean 1000 /s amplitude 50 % period 24 h"), AMPLITUDE_RANGE);
    }

    @Test
    void traceFileThatDoesNotExistIsAnError(@TempDir Path dir) {
        Model model = models.parse(service("trace \"arrivals.csv\""), dir.resolve("serving.coltrain").toFile());
        assertOnly(model, Literals.TRACE_ARRIVAL, TRACE_FILE_MISSING, Severity.ERROR);
    }

    @Test
    void traceFileNextToTheModelIsFound(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("arrivals.csv"), "time_s\n0.001\n0.002\n");
        File modelFile = dir.resolve("serving.coltrain").toFile();
        Model model = models.parse(service("trace \"arrivals.csv\""), modelFile);
        assertEquals("", String.join("\n", models.issues(model).stream().map(Object::toString).toList()));
    }

    @Test
    void twoServicesWithOneNameAreADuplicate() {
        String text = service("poisson rate 1000 /s");
        String second = text.substring(text.indexOf("\tservice"), text.lastIndexOf("}\n"));
        assertOnlyError(text.replace(second, second + second), Literals.SERVICE, DUPLICATE_NAME);
    }

    @Test
    void serviceAndTrainingJobWithOneNameAreADuplicate() {
        assertOnlyError(SYSTEM.replace("training tune", "training digits"), Literals.TRAINING_JOB, DUPLICATE_NAME);
    }

    @Test
    void serviceAndTrainingJobWithDistinctNamesAreAccepted() {
        assertClean(SYSTEM, DUPLICATE_NAME);
    }
}
