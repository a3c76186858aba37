package org.coltrain.sim.serve.arrival;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.coltrain.sim.serve.arrival.ArrivalProcess.ArrivalStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every arrival process: ordered times, the advertised mean rate, and a fixed stream per seed. */
class ArrivalProcessContractTest {

    private static final long SECOND_NS = 1_000_000_000L;

    static Stream<Arguments> processes() {
        long[] trace = new long[1000];
        for (int i = 0; i < trace.length; i++) trace[i] = i * 1_000_000L; // 1 per ms, 1000/s
        return Stream.of(
                Arguments.of(new PoissonArrivals(1000), 200 * SECOND_NS, 0.02),
                // mean = (200 * 1 s + 2000 * 0.25 s) / 1.25 s = 560/s; bursts make counts noisy, hence 5%.
                Arguments.of(new MmppArrivals(200, 2000, SECOND_NS, SECOND_NS / 4), 2000 * SECOND_NS, 0.05),
                // Whole periods: the sine averages out, mean 1000/s.
                Arguments.of(new DiurnalArrivals(1000, 0.8, 10 * SECOND_NS, 0), 200 * SECOND_NS, 0.02),
                Arguments.of(new TraceArrivals(trace, SECOND_NS), 100 * SECOND_NS, 0.001));
    }

    @ParameterizedTest
    @MethodSource("processes")
    void arrivalsAreOrderedAndMatchTheMeanRate(ArrivalProcess process, long horizonNs, double tolerance) {
        ArrivalStream stream = process.open(new SplittableRandom(11));
        long count = 0;
        long previous = 0;
        for (long t = stream.nextNs(); t < horizonNs; t = stream.nextNs()) {
            assertTrue(t >= previous, "arrival times must not decrease");
            previous = t;
            count++;
        }
        double expected = process.meanRatePerS() * horizonNs / 1e9;
        assertEquals(expected, count, expected * tolerance);
    }

    @ParameterizedTest
    @MethodSource("processes")
    void sameSeedGivesTheSameArrivals(ArrivalProcess process, long horizonNs, double tolerance) {
        ArrivalStream a = process.open(new SplittableRandom(3));
        ArrivalStream b = process.open(new SplittableRandom(3));
        for (int i = 0; i < 10_000; i++) assertEquals(a.nextNs(), b.nextNs());
    }

    @Test
    void poissonGapsHaveUnitCoefficientOfVariation() {
        // Exponential gaps: standard deviation = mean, so CV = 1.
        ArrivalStream s = new PoissonArrivals(10_000).open(new SplittableRandom(1));
        int n = 500_000;
        double sum = 0, sumSq = 0;
        long prev = 0;
        for (int i = 0; i < n; i++) {
            long t = s.nextNs();
            double gap = t - prev;
            prev = t;
            sum += gap;
            sumSq += gap * gap;
        }
        double mean = sum / n;
        double cv = Math.sqrt(sumSq / n - mean * mean) / mean;
        assertEquals(1.0, cv, 0.01);
        assertEquals(100_000, mean, 100_000 * 0.01); // 1 / 10k per s = 100 us
    }

    @Test
    void mmppCountsAreOverdispersedUnlikePoisson() {
        // Index of dispersion var/mean of counts in 100 ms windows: 1 for Poisson, well above for bursts.
        double mmpp = dispersion(new MmppArrivals(200, 2000, SECOND_NS, SECOND_NS / 4));
        double poisson = dispersion(new PoissonArrivals(560));
        assertEquals(1.0, poisson, 0.1);
        assertTrue(mmpp > 10, "MMPP dispersion " + mmpp);
    }

    private static double dispersion(ArrivalProcess p) {
        ArrivalStream s = p.open(new SplittableRandom(9));
        int windows = 5000;
        long[] counts = new long[windows];
        long windowNs = SECOND_NS / 10;
        for (long t = s.nextNs(); t < windows * windowNs; t = s.nextNs()) counts[(int) (t / windowNs)]++;
        double mean = 0, sq = 0;
        for (long c : counts) { mean += c; sq += (double) c * c; }
        mean /= windows;
        return (sq / windows - mean * mean) / mean;
    }

    @Test
    void diurnalPeakQuarterRunsAtTheSinesAverageThere() {
        // Rate over the quarter-period around the peak (phase pi/4..3pi/4): mean of sin there is
        // (cos(pi/4) - cos(3pi/4)) / (pi/2) = 0.9003, so 1000 * (1 + 0.8 * 0.9003) = 1720.2 per s.
        long period = 10 * SECOND_NS;
        ArrivalStream s = new DiurnalArrivals(1000, 0.8, period, 0).open(new SplittableRandom(5));
        long inPeak = 0;
        int periods = 100;
        for (long t = s.nextNs(); t < periods * period; t = s.nextNs()) {
            long phase = t % period;
            if (phase >= period / 8 && phase < 3 * period / 8) inPeak++;
        }
        double peakSeconds = periods * period / 4 / 1e9;
        assertEquals(1720.2, inPeak / peakSeconds, 1720.2 * 0.02);
    }

    @Test
    void traceReplaysOnceOrLoopsShiftedByItsPeriod() {
        ArrivalStream once = new TraceArrivals(new long[] { 5, 9 }, 0).open(new SplittableRandom(0));
        assertEquals(5, once.nextNs());
        assertEquals(9, once.nextNs());
        assertEquals(ArrivalStream.NO_MORE, once.nextNs());
        ArrivalStream looped = new TraceArrivals(new long[] { 5, 9 }, 100).open(new SplittableRandom(0));
        long[] expected = { 5, 9, 105, 109, 205 };
        for (long e : expected) assertEquals(e, looped.nextNs());
    }
}
