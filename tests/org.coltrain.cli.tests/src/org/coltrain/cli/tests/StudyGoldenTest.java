package org.coltrain.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coltrain.cli.Main;
import org.coltrain.sim.study.StudyCalibrations;
import org.coltrain.sim.study.ClaimsCsv;
import org.coltrain.sim.study.Verdict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every shipped study against its golden results (examples/FOLDER/golden/STUDY/: claims.csv and the key table),
 * run exactly as {@code coltrain study STUDY --cache-only} runs it: simulated capacities come from the study's
 * checked-in result cache (its keys include the latency tables and the simulator's fingerprint, so a change of the
 * models or of the simulator misses it, and the run fails naming the regeneration command instead of simulating for
 * minutes); the Equinox study also simulates its three cheapest cached capacities again and requires them
 * bit-identical ({@code --recheck 3}), so the cache is proven to be what the simulator computes. Claims must keep
 * their verdict and our figure must stay within the claim's tolerance of the golden one; key-table numbers within
 * 1% (or 1e-9 absolute). A capacity table must respect each scheduler's throughput bound. An intentional change
 * regenerates the golden files and caches with {@code releng/scripts/update-study-goldens}, so the diff shows in
 * review.
 */
class StudyGoldenTest {

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "HbfpCost,equinox", "HbfpAccuracy,equinox", "EquinoxCoLocation,equinox", "Equinox,equinox",
            "ODiMO,odimo", "SUSHI,sushi", "ClusterScaling,cluster" })
    void shippedStudyMatchesItsGoldenResults(String study, String folder) throws IOException {
        StringWriter o = new StringWriter(), e = new StringWriter();
        List<String> args = new ArrayList<>(List.of("study", study, "-o", out.toString(), "--cache-only"));
        if (study.equals("Equinox")) args.addAll(List.of("--recheck", "3"));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        assertEquals(0, code, e.toString());
        if (study.equals("Equinox")) assertTrue(o.toString().contains("rechecked 3 cached capacities"), o.toString());
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
        if (key.equals("workloads")) {
            capacitiesWithinTheirSchedulersBounds(wantTable, "golden " + study);
            capacitiesWithinTheirSchedulersBounds(gotTable, study);
        }
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

    /**
     * Every capacity of a capacity study's table is at most its scheduler's throughput bound on that design (the
     * bound_rps column: the best b / latency(b) over the batches the scheduler forms), and FIFO's bound is
     * 1 / batch-1 latency (within the rounding of the printed columns).
     */
    private static void capacitiesWithinTheirSchedulersBounds(List<String[]> table, String what) {
        List<String> header = List.of(table.get(0));
        int checked = 0;
        for (int c = 0; c < header.size(); c++) {
            if (!header.get(c).startsWith("capacity_rps_")) continue;
            String suffix = header.get(c).substring("capacity_rps_".length());
            int b = header.indexOf("bound_rps_" + suffix);
            assertTrue(b >= 0, what + ": no bound column for " + header.get(c));
            for (int r = 1; r < table.size(); r++) {
                double capacity = Double.parseDouble(table.get(r)[c]), bound = Double.parseDouble(table.get(r)[b]);
                assertTrue(capacity <= bound * (1 + 1e-9) + 0.05, what + " " + table.get(r)[0] + ": " + header.get(c)
                        + " " + capacity + " above its scheduler's bound " + bound);
                if (suffix.endsWith("_fifo")) {
                    String role = suffix.substring(0, suffix.length() - "_fifo".length());
                    double b1Us = Double.parseDouble(table.get(r)[header.indexOf("b1_latency_us_" + role)]);
                    assertEquals(1e6 / b1Us, bound, 0.005 * bound, what + " " + table.get(r)[0] + ": FIFO bound of " + role);
                }
                checked++;
            }
        }
        assertTrue(checked > 0, what + ": no capacity column");
    }

    /** Every calibration a golden claim depends on is declared; every verdict is one of the four. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "HbfpCost,equinox", "HbfpAccuracy,equinox", "EquinoxCoLocation,equinox", "Equinox,equinox",
            "ODiMO,odimo", "SUSHI,sushi", "ClusterScaling,cluster" })
    void goldenClaimsNameDeclaredCalibrationsAndKnownVerdicts(String study, String folder) throws IOException {
        List<String[]> claims = csv(Path.of("examples", folder, "golden", study, "claims.csv"));
        assertEquals(ClaimsCsv.HEADER, String.join(",", claims.get(0)));
        List<String> verdicts = Arrays.stream(Verdict.values()).map(Verdict::label).toList();
        for (String[] c : claims.subList(1, claims.size())) {
            assertTrue(verdicts.contains(c[6]), c[0] + ": verdict " + c[6]);
            for (String id : c[7].isEmpty() ? new String[0] : c[7].split(";"))
                assertTrue(StudyCalibrations.find(id).isPresent(), c[0] + " depends on undeclared calibration " + id);
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
