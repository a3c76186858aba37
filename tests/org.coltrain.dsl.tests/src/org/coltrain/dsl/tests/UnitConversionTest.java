package org.coltrain.dsl.tests;

import static org.coltrain.dsl.validation.IssueCodes.WRONG_UNIT_DIMENSION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coltrain.model.Accelerator;
import org.coltrain.model.Buffer;
import org.coltrain.model.ColtrainPackage.Literals;
import org.coltrain.model.Model;
import org.coltrain.model.PoissonArrival;
import org.coltrain.model.Workload;
import org.junit.jupiter.api.Test;

/** Unit literals are stored in SI: bytes, Hz, B/s, J, s, m2, W, 1/s (IEC binary prefixes for KiB, decimal for KB). */
class UnitConversionTest extends RuleTestSupport {

    private static final String UNITS = """
            accelerator Units {
            	array main { count 1 rows 16 cols 16 dataflow weight-stationary clock 1.2 GHz }
            	buffer weight size 256 KiB
            	buffer ifmap size 2 MB
            	dram { bandwidth 25.6 GB/s capacity 1 GiB energy 20 pJ per byte }
            	inference encoding hbfp 8
            	cost {
            		controller_area = 2.5 mm2
            		controller_power = 300 mW
            		multiplier_area_per_bit2 = 4.41 um2
            	}
            }
            network Mlp {
            	input 1 x 8 x 8
            	dense fc1 out 10
            }
            workload Load {
            	service digits {
            		network Mlp
            		arrival poisson rate 1.5e3 /s
            		slo 500 us at percentile 99.9
            	}
            }
            """;

    private Accelerator accelerator() {
        return (Accelerator) parse(UNITS).getElements().get(0);
    }

    private double setting(String key) {
        return accelerator().getCostSettings().stream().filter(s -> s.getKey().equals(key)).findFirst().orElseThrow().getValue();
    }

    private Buffer buffer(int index) {
        return accelerator().getBuffers().get(index);
    }

    @Test
    void kibibytesAreMultiplesOf1024Bytes() {
        assertEquals(262144.0, buffer(0).getSizeBytes());
    }

    @Test
    void megabytesAreMultiplesOf10To6Bytes() {
        assertEquals(2e6, buffer(1).getSizeBytes());
    }

    @Test
    void gibibytesAreMultiplesOf2To30Bytes() {
        assertEquals(1073741824.0, accelerator().getDram().getCapacityBytes());
    }

    @Test
    void gigahertzAre10To9Hertz() {
        assertEquals(1.2e9, accelerator().getArrays().get(0).getClockHz(), 1e-3);
    }

    @Test
    void gigabytesPerSecondAre10To9BytesPerSecond() {
        assertEquals(25.6e9, accelerator().getDram().getBandwidthBytesPerS(), 1e-3);
    }

    @Test
    void picojoulesAre10ToMinus12Joules() {
        assertEquals(2e-11, accelerator().getDram().getEnergyJPerByte(), 1e-24);
    }

    @Test
    void squareMillimetresAre10ToMinus6SquareMetres() {
        assertEquals(2.5e-6, setting("controller_area"), 1e-18);
    }

    @Test
    void squareMicrometresAre10ToMinus12SquareMetres() {
        assertEquals(4.41e-12, setting("multiplier_area_per_bit2"), 1e-24);
    }

    @Test
    void milliwattsAre10ToMinus3Watts() {
        assertEquals(0.3, setting("controller_power"), 1e-15);
    }

    @Test
    void microsecondsAre10ToMinus6Seconds() {
        Model model = parse(UNITS);
        assertEquals(500e-6, ((Workload) model.getElements().get(2)).getServices().get(0).getSloLatencyS(), 1e-18);
    }

    @Test
    void ratesWithAnExponentArePerSecond() {
        Model model = parse(UNITS);
        PoissonArrival arrival = (PoissonArrival) ((Workload) model.getElements().get(2)).getServices().get(0).getArrival();
        assertEquals(1500.0, arrival.getRateHz());
    }

    @Test
    void percentilesArePlainNumbers() {
        Model model = parse(UNITS);
        assertEquals(99.9, ((Workload) model.getElements().get(2)).getServices().get(0).getSloPercentile(), 1e-12);
    }

    @Test
    void percentSignMeansOneHundredth() {
        Model model = parse(MLP + "workload Load {\n\tservice s1 {\n\t\tnetwork Mlp\n\t\tarrival diurnal mean 10 /s "
                + "amplitude 25 % period 24 h\n\t\tslo 1 ms\n\t}\n}\n");
        var diurnal = (org.coltrain.model.DiurnalArrival) ((Workload) model.getElements().get(1)).getServices().get(0).getArrival();
        assertEquals(0.25, diurnal.getAmplitude(), 1e-15);
        assertEquals(86400.0, diurnal.getPeriodS());
    }

    @Test
    void allUnitsOfTheExampleHaveTheirAttributesDimension() {
        assertClean(UNITS, WRONG_UNIT_DIMENSION);
    }

    @Test
    void bufferSizeInGigahertzIsTheWrongDimension() {
        assertOnlyError(UNITS.replace("size 256 KiB", "size 256 GHz"), Literals.BUFFER, WRONG_UNIT_DIMENSION);
    }

    @Test
    void energyPerByteInMilliwattsIsTheWrongDimension() {
        assertOnlyError(UNITS.replace("energy 20 pJ per byte", "energy 20 mW per byte"), Literals.DRAM, WRONG_UNIT_DIMENSION);
    }
}
