package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coltrain.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shipped study against its golden results (examples/FOLDER/golden/STUDY/: claims.csv and the key table),
 * run exactly as {@code coltrain study STUDY} runs it (same settings; simulated capacities read from the study's
 * checked-in result cache, whose keys include the latency tables and the simulator's fingerprint, so any change of
 * the models misses it and simulates again). Claims must keep their verdict and our figure must stay within the
 * claim's tolerance of the golden one; key-table numbers within 1% (or 1e-9 absolute). An intentional change
 * regenerates the golden files with {@code releng/scripts/update-study-goldens}, so the diff shows in review.
 */
class StudyGoldenTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "HbfpCost,equinox", "HbfpAccuracy,equinox", "EquinoxCoLocation,equinox", "Equinox,equinox",
            "ODiMO,odimo", "SUSHI,sushi", "ClusterScaling,cluster" })
    void shippedStudyMatchesItsGoldenResults(String study, String folder) throws IOException {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = Main.run(new String[] {"study", study, "-o", out.toString()}, new PrintWriter(o, true),
                new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        Path golden = Path.of("examples", folder, "golden", study);
        List<String[]> want = csv(golden.resolve("claims.csv")), got = csv(out.resolve("claims.csv"));
        assertEquals(want.size(), got.size(), "claims of " + study);
        for (int i = 1; i < want.size(); i++) {
            String[] w = want.get(i), g = got.get(i);
            assertEquals(w[0], g[0], "claim name");
            assertEquals(w[6], g[6], "verdict of " + w[0] + ": golden ours " + w[3] + ", now " + g[3]);
            double tolerance = Double.parseDouble(w[5]);
            assertTrue(Math.abs(Double.parseDouble(w[3]) - Double.parseDouble(g[3])) <= tolerance,
                    w[0] + ": golden " + w[3] + ", now " + g[3] + " (tolerance " + w[5] + ")");
        }
        String key = Files.readAllLines(out.resolve("study.properties")).stream().filter(l -> l.startsWith("key_table="))
                .findFirst().orElseThrow().substring("key_table=".length());
        List<String[]> wantTable = csv(golden.resolve(key + ".csv")), gotTable = csv(out.resolve(key + ".csv"));
        assertEquals(wantTable.size(), gotTable.size(), key + " rows");
        for (int r = 0; r < wantTable.size(); r++)
            for (int c = 0; c < wantTable.get(r).length; c++) {
                String w = wantTable.get(r)[c], g = gotTable.get(r)[c];
                if (w.equals(g)) continue;
                double a = Double.parseDouble(w), b = Double.parseDouble(g);
                assertTrue(Math.abs(a - b) <= Math.max(1e-9, 0.01 * Math.abs(a)),
                        key + " row " + r + " column " + wantTable.get(0)[c] + ": golden " + w + ", now " + g);
            }
    }

    /** Minimal RFC 4180 reader (quoted fields with commas and doubled quotes). */
    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { f.append('"'); i++; }
                    else if (ch == '"') quoted = false;
                    else f.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') { fields.add(f.toString()); f.setLength(0); }
                else f.append(ch);
            }
            fields.add(f.toString());
            rows.add(fields.toArray(String[]::new));
        }
        return rows;
    }
}
