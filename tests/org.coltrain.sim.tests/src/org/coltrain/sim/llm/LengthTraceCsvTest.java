package org.coltrain.sim.llm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.SplittableRandom;

import org.coltrain.sim.serve.arrival.TraceParseException;
import org.junit.jupiter.api.Test;

class LengthTraceCsvTest {

    @Test
    void rowsAreReadAndDrawnAsPairs() throws Exception {
        RequestLengths.Trace t = LengthTraceCsv.read(new StringReader("""
                prompt_tokens,output_tokens,comment
                # a comment
                120,30,x

                7,900
                """), "t.csv");
        assertArrayEquals(new int[] { 120, 7 }, t.prompts());
        assertArrayEquals(new int[] { 30, 900 }, t.outputs());
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 20; i++) {
            int[] d = t.draw(rng);
            assertTrue((d[0] == 120 && d[1] == 30) || (d[0] == 7 && d[1] == 900), "a row's pair, not a mix");
        }
    }

    @Test
    void aBadCellNamesFileLineAndFix() {
        var e = assertThrows(TraceParseException.class, () -> LengthTraceCsv.read(new StringReader(
                "prompt_tokens,output_tokens\n10,5\n10,zero\n"), "t.csv"));
        assertEquals(3, e.lineNumber());
        assertTrue(e.getMessage().startsWith("t.csv:3: output length 'zero'"), e.getMessage());
    }

    @Test
    void aMissingHeaderIsRefused() {
        var e = assertThrows(TraceParseException.class, () -> LengthTraceCsv.read(new StringReader("10,5\n"), "t.csv"));
        assertTrue(e.getMessage().contains("prompt_tokens,output_tokens"), e.getMessage());
    }
}
