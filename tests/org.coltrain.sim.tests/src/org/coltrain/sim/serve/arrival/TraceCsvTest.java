package org.coltrain.sim.serve.arrival;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TraceCsvTest {

    private static long[] read(String text) throws Exception {
        return TraceCsv.read(new StringReader(text), "trace.csv");
    }

    private static TraceParseException failure(String text) {
        return assertThrows(TraceParseException.class, () -> read(text));
    }

    @Test
    void readsNanosecondsWithoutHeaderAndSkipsCommentsBlanksAndExtraColumns() throws Exception {
        assertArrayEquals(new long[] { 0, 150, 150, 2000 }, read("# recorded 2024\n0\n\n150,resnet\n150\n2000\n"));
    }

    @Test
    void headerSetsTheUnitAndFractionsRoundToWholeNanoseconds() throws Exception {
        // 1.5 us = 1500 ns; 0.0004 us = 0.4 ns rounds half-up to 0; 2.0005 ms = 2000500 ns.
        assertArrayEquals(new long[] { 0, 1500 }, read("timestamp_us\n0.0004\n1.5\n"));
        assertArrayEquals(new long[] { 2_000_500 }, read("timestamp_ms,service\n2.0005,a\n"));
        assertArrayEquals(new long[] { 3_000_000_000L }, read("TIMESTAMP_S\n3\n"));
    }

    @Test
    void bundledSampleTraceParses() throws Exception {
        try (Reader r = new InputStreamReader(TraceCsvTest.class.getResourceAsStream("sample-trace.csv"), StandardCharsets.UTF_8)) {
            TraceArrivals trace = TraceArrivals.parse(r, "sample-trace.csv");
            // Five requests over 400 us (header timestamp_us): 0, 100, 100, 250, 400 us.
            assertArrayEquals(new long[] { 0, 100_000, 100_000, 250_000, 400_000 }, trace.timestampsNs());
        }
    }

    @Test
    void nonNumberNamesItsLineAndTheFix() {
        TraceParseException e = failure("10\n20\nabc\n");
        assertEquals(3, e.lineNumber());
        assertEquals("trace.csv", e.source());
        assertTrue(e.getMessage().startsWith("trace.csv:3: 'abc' is not a number"), e.getMessage());
    }

    @Test
    void decreasingTimeNamesItsLineAndAsksToSort() {
        TraceParseException e = failure("timestamp_ns\n# c\n10\n5\n");
        assertEquals(4, e.lineNumber());
        assertTrue(e.getMessage().contains("sort the trace by time"), e.getMessage());
    }

    @Test
    void negativeTimeIsRejectedWithItsLine() {
        assertEquals(2, failure("1\n-3\n").lineNumber());
    }

    @Test
    void unknownHeaderListsTheAcceptedNames() {
        TraceParseException e = failure("time_ms\n1\n");
        assertEquals(1, e.lineNumber());
        assertTrue(e.getMessage().contains("timestamp_ns, timestamp_us, timestamp_ms or timestamp_s"), e.getMessage());
    }

    @Test
    void emptyTraceAsksForArrivalTimes() {
        TraceParseException e = failure("timestamp_us\n# nothing\n");
        assertTrue(e.getMessage().contains("holds no arrival times"), e.getMessage());
    }

    @Test
    void ioProblemsAreNotParseErrors() {
        Reader broken = new Reader() {
            @Override public int read(char[] buf, int off, int len) throws IOException { throw new IOException("disk"); }
            @Override public void close() {}
        };
        assertThrows(IOException.class, () -> TraceCsv.read(broken, "x"));
    }
}
