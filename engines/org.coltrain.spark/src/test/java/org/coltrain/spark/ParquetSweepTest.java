package org.coltrain.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coltrain.bridge.run.ReportWriter;
import org.coltrain.bridge.run.RunFiles;
import org.coltrain.bridge.run.RunKinds;
import org.coltrain.bridge.run.RunMonitor;
import org.coltrain.bridge.run.RunOptions;
import org.coltrain.bridge.run.RunOutput;
import org.coltrain.dsl.ColtrainStandaloneSetup;
import org.coltrain.model.Element;
import org.coltrain.model.Experiment;
import org.coltrain.model.Model;
import org.coltrain.sim.exec.InProcessEngine;
import org.coltrain.sim.exec.PointEngine;
import org.coltrain.sim.table.TableFormats;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shipped sweep's run folder with the Parquet format (what {@code coltrain sweep --parquet} writes): sweep.parquet
 * beside sweep.csv, holding the same rows with double, long and string columns.
 */
class ParquetSweepTest {

    @TempDir
    Path dir;

    @Test
    void sweepParquetHoldsTheRowsOfSweepCsv() throws Exception {
        XtextResourceSet resources = new ColtrainStandaloneSetup().createInjectorAndDoEMFRegistration()
                .getInstance(XtextResourceSet.class);
        Resource r = resources.getResource(URI.createFileURI(new File("examples/serving.coltrain").getAbsolutePath()), true);
        EcoreUtil.resolveAll(resources);
        Experiment sweep = null;
        for (Element e : ((Model) r.getContents().get(0)).getElements())
            if (e instanceof Experiment x && RunKinds.SWEEP.runs(x)) sweep = x;
        RunOptions options = RunOptions.DEFAULTS.withJobs(1).with(PointEngine.class, new InProcessEngine(1));
        RunOutput out = RunKinds.SWEEP.prepare(sweep, "test", options).run(RunMonitor.NONE);
        Path folder = dir.resolve("sweep");
        RunFiles.Written written = RunFiles.write(folder, out, ReportWriter.NONE,
                List.of(TableFormats.byName("parquet").orElseThrow()));
        assertTrue(written.files().contains("sweep.parquet"), written.files().toString());

        List<String> csv = Files.readAllLines(folder.resolve("sweep.csv"));
        ParquetTableFormatTest.ReadBack back = ParquetTableFormatTest.read(folder.resolve("sweep.parquet"));
        List<String> header = Arrays.asList(csv.get(0).split(","));
        assertEquals(header, back.schema().getFields().stream().map(f -> f.getName()).toList());
        // the Colocation sweep: 3 rates of images' bursts
        assertEquals(3, back.rows().size());
        assertEquals(csv.size() - 1, back.rows().size());
        List<String> types = new ArrayList<>();
        for (int row = 0; row < back.rows().size(); row++) {
            String[] cells = csv.get(row + 1).split(",", -1);
            List<Object> values = back.rows().get(row);
            types.clear();
            for (int c = 0; c < cells.length; c++) {
                Object v = values.get(c);
                types.add(v.getClass().getSimpleName());
                Object expected = switch (v) {
                    case Double d -> Double.parseDouble(cells[c]);
                    case Long l -> Long.parseLong(cells[c]);
                    default -> cells[c];
                };
                assertEquals(expected, v, header.get(c) + " of row " + row);
            }
        }
        // the swept rate is a double, arrivals a long, slo_met text
        assertEquals("Double", types.get(header.indexOf(header.get(0))));
        assertEquals("Long", types.get(header.indexOf("images.arrivals")));
        assertEquals("String", types.get(header.indexOf("images.slo_met")));
    }
}
