package org.coltrain.sim.serve.arrival;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an arrival trace: a CSV whose first column is an arrival time, one request per line. An optional header
 * names the unit: {@code timestamp_ns} (the default without a header), {@code timestamp_us}, {@code timestamp_ms}
 * or {@code timestamp_s}. Further columns are ignored; blank lines and lines starting with {@code #} are skipped.
 * Times must be non-negative and non-decreasing.
 */
public final class TraceCsv {

    private TraceCsv() {}

    public static long[] read(Reader in, String source) throws IOException, TraceParseException {
        BufferedReader reader = new BufferedReader(in);
        long[] times = new long[1024];
        int count = 0;
        long nsPerUnit = 1;
        boolean firstRecord = true;
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String cell = firstCell(line);
            if (cell.isEmpty() || cell.startsWith("#")) continue;
            if (firstRecord && !startsLikeNumber(cell)) {
                nsPerUnit = unitOfHeader(cell, source, lineNumber);
                firstRecord = false;
                continue;
            }
            firstRecord = false;
            long t = parseTime(cell, nsPerUnit, source, lineNumber);
            if (count > 0 && t < times[count - 1])
                throw new TraceParseException(source, lineNumber, "arrival time " + cell + " is earlier than the line before; "
                        + "sort the trace by time");
            if (count == times.length) times = Arrays.copyOf(times, count * 2);
            times[count++] = t;
        }
        if (count == 0) throw new TraceParseException(source, Math.max(lineNumber, 1), "the trace holds no arrival times; "
                + "add one arrival time per line");
        return Arrays.copyOf(times, count);
    }

    private static String firstCell(String line) {
        int comma = line.indexOf(',');
        return (comma < 0 ? line : line.substring(0, comma)).strip();
    }

    private static boolean startsLikeNumber(String cell) {
        char c = cell.charAt(0);
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }

    private static long unitOfHeader(String cell, String source, int lineNumber) throws TraceParseException {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "timestamp_ns" -> 1L;
            case "timestamp_us" -> 1_000L;
            case "timestamp_ms" -> 1_000_000L;
            case "timestamp_s" -> 1_000_000_000L;
            default -> throw new TraceParseException(source, lineNumber, "unknown header '" + cell
                    + "'; name the first column timestamp_ns, timestamp_us, timestamp_ms or timestamp_s");
        };
    }

    private static long parseTime(String cell, long nsPerUnit, String source, int lineNumber) throws TraceParseException {
        BigDecimal value;
        try {
            value = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            throw new TraceParseException(source, lineNumber, "'" + cell + "' is not a number; write the arrival time as a "
                    + "plain decimal number in the header's unit (ns without a header)");
        }
        if (value.signum() < 0)
            throw new TraceParseException(source, lineNumber, "arrival time " + cell + " is negative; times count from 0");
        BigDecimal ns = value.multiply(BigDecimal.valueOf(nsPerUnit));
        if (ns.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 4)) > 0)
            throw new TraceParseException(source, lineNumber, "arrival time " + cell + " is too large; use a smaller unit "
                    + "or shift the trace to start near 0");
        // Sub-ns fractions round half-up to whole ns, the simulator's time resolution.
        return ns.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
