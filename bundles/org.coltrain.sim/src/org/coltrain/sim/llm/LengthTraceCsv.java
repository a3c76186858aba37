package org.coltrain.sim.llm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

import org.coltrain.sim.serve.arrival.TraceParseException;

/**
 * Reads a request-length trace: a CSV with the header {@code prompt_tokens,output_tokens} and one request per line
 * (further columns ignored; blank lines and lines starting with {@code #} skipped), e.g. token counts of ShareGPT
 * conversations.
 */
public final class LengthTraceCsv {

    private LengthTraceCsv() {}

    public static RequestLengths.Trace read(Reader in, String source) throws IOException, TraceParseException {
        BufferedReader reader = new BufferedReader(in);
        int[] prompts = new int[256], outputs = new int[256];
        int count = 0, lineNumber = 0;
        boolean header = false;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) continue;
            String[] cells = stripped.split(",", -1);
            if (!header) {
                if (cells.length < 2 || !cells[0].strip().equals("prompt_tokens") || !cells[1].strip().equals("output_tokens"))
                    throw new TraceParseException(source, lineNumber, "the first line must be the header "
                            + "'prompt_tokens,output_tokens'");
                header = true;
                continue;
            }
            if (cells.length < 2) throw new TraceParseException(source, lineNumber, "expected two numbers, prompt and output tokens");
            if (count == prompts.length) {
                prompts = Arrays.copyOf(prompts, count * 2);
                outputs = Arrays.copyOf(outputs, count * 2);
            }
            prompts[count] = tokens(cells[0], "prompt", source, lineNumber);
            outputs[count++] = tokens(cells[1], "output", source, lineNumber);
        }
        if (count == 0) throw new TraceParseException(source, Math.max(lineNumber, 1), "the trace holds no requests; "
                + "add one 'prompt_tokens,output_tokens' line per request");
        return new RequestLengths.Trace(source, Arrays.copyOf(prompts, count), Arrays.copyOf(outputs, count));
    }

    private static int tokens(String cell, String what, String source, int line) throws TraceParseException {
        try {
            int n = Integer.parseInt(cell.strip());
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TraceParseException(source, line, what + " length '" + cell.strip() + "' is not a whole number of "
                + "tokens of at least 1");
    }
}
