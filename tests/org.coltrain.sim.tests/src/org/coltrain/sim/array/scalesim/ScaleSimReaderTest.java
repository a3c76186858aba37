package org.coltrain.sim.array.scalesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coltrain.sim.array.Gemm;
import org.coltrain.sim.array.Lowering;
import org.coltrain.sim.cost.CostDefaults;
import org.coltrain.sim.spec.AcceleratorSpec;
import org.coltrain.sim.spec.Dataflow;
import org.coltrain.sim.spec.EncodingSpec;
import org.coltrain.sim.spec.LayerSpec;
import org.coltrain.sim.spec.LayerSpec.Conv2d;
import org.coltrain.sim.spec.NetworkSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleSimReaderTest {

    private static Reader resource(String name) {
        return new InputStreamReader(ScaleSimReaderTest.class.getResourceAsStream(name), StandardCharsets.UTF_8);
    }

    @Test
    void configReadsArchitecturePresets() throws Exception {
        ScaleSimConfig c = ScaleSimReader.readConfig("example.cfg", resource("example.cfg"));
        assertEquals(new ScaleSimConfig("example_32x32_os", 32, 32, 64, 64, 64, Dataflow.OUTPUT_STATIONARY, 10), c);
        AcceleratorSpec acc = c.toAccelerator(1e9, EncodingSpec.fixed(8, 0, EncodingSpec.Rounding.NEAREST), 1L << 30,
                CostDefaults.params());
        // 10 one-byte words per cycle at 1 GHz = 10 GB/s; 64 kB = 65536 B
        assertEquals(10e9, acc.dramBandwidthBytesPerS(), 1e-3);
        assertEquals(65536, acc.ifmapBufferBytes());
    }

    @Test
    void convTopologyGivesScaleSimsGemms() throws Exception {
        NetworkSpec net = ScaleSimReader.readTopology("example_conv.csv", resource("example_conv.csv"), "example");
        assertEquals(4, net.layers().size());
        // Conv1: SCALE-Sim ofmap ceil((230 - 7 + 2) / 2) = 113 -> M = 113^2 = 12769, K = 7 x 7 x 3 = 147, N = 64
        Gemm conv1 = (Gemm) Lowering.forward(net.layers().get(0), 1);
        assertEquals(List.of(12769L, 64L, 147L), List.of(conv1.m(), conv1.n(), conv1.k()));
        // Conv2: (58 - 3 + 1) / 1 = 56 -> M = 3136, K = 576
        Gemm conv2 = (Gemm) Lowering.forward(net.layers().get(1), 1);
        assertEquals(List.of(3136L, 64L, 576L), List.of(conv2.m(), conv2.n(), conv2.k()));
    }

    @Test
    void outputSizeFollowsScaleSimsCeilingWhenTheStrideDoesNotDivide() throws Exception {
        // H = 5, F = 2, S = 2: SCALE-Sim ceil((5 - 2 + 2) / 2) = ceil(2.5) = 3 (floor would give 2)
        NetworkSpec net = ScaleSimReader.readTopology("t.csv", new StringReader(
                "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                        + "odd, 5, 5, 2, 2, 1, 1, 2,\n"), "t");
        Conv2d c = (Conv2d) net.layers().get(0);
        assertEquals(3, c.outHeight());
        assertEquals(0, c.padding());
    }

    @Test
    void depthwiseLayersBecomeOneGroupPerChannel() throws Exception {
        NetworkSpec net = ScaleSimReader.readTopology("example_conv.csv", resource("example_conv.csv"), "example");
        Conv2d dp = (Conv2d) net.layers().get(2);
        assertEquals(List.of(32, 32, 32), List.of(dp.groups(), dp.inChannels(), dp.outChannels()));
        // SCALE-Sim runs 32 layers of M = 28 x 28, K = 9, N = 1
        Gemm g = (Gemm) Lowering.forward(dp, 1);
        assertEquals(List.of(32L, 784L, 1L, 9L), List.of((long) g.count(), g.m(), g.n(), g.k()));
    }

    @Test
    void gemmTopologyKeepsMnkAtBatchOne() throws Exception {
        NetworkSpec net = ScaleSimReader.readTopology("example_gemm.csv", resource("example_gemm.csv"), "vit");
        Gemm qkv = (Gemm) Lowering.forward(net.layers().get(0), 1);
        assertEquals(List.of(197L, 1152L, 384L), List.of(qkv.m(), qkv.n(), qkv.k()));
    }

    @Test
    void writtenTopologiesReadBackEqual() throws Exception {
        for (String name : List.of("example_conv.csv", "example_gemm.csv")) {
            NetworkSpec net = ScaleSimReader.readTopology(name, resource(name), "x");
            StringWriter text = new StringWriter();
            ScaleSimWriter.writeTopology(net, text);
            assertEquals(net, ScaleSimReader.readTopology("again.csv", new StringReader(text.toString()), "x"), name);
        }
    }

    @Test
    void badTopologyRowReportsItsLineAndColumn() {
        String csv = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n"
                + "ok, 8, 8, 3, 3, 4, 4, 1,\n"
                + "\n"
                + "bad, 8, eight, 3, 3, 4, 4, 1,\n";
        ScaleSimFormatException e = assertThrows(ScaleSimFormatException.class,
                () -> ScaleSimReader.readTopology("net.csv", new StringReader(csv), "n"));
        assertEquals("net.csv", e.file());
        assertEquals(4, e.line());
        assertTrue(e.problem().contains("IFMAP Width") && e.problem().contains("'eight'"), e.problem());
    }

    @Test
    void shortRowAndOversizedFilterAreRejectedWithTheirLine() {
        String header = "Layer name, IFMAP Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides,\n";
        ScaleSimFormatException shortRow = assertThrows(ScaleSimFormatException.class,
                () -> ScaleSimReader.readTopology("n.csv", new StringReader(header + "x, 8, 8, 3,\n"), "n"));
        assertEquals(2, shortRow.line());
        ScaleSimFormatException big = assertThrows(ScaleSimFormatException.class,
                () -> ScaleSimReader.readTopology("n.csv", new StringReader(header + "x, 2, 2, 3, 3, 1, 1, 1,\n"), "n"));
        assertTrue(big.problem().contains("must include the padding"), big.problem());
    }

    @Test
    void configErrorsNameTheKeyAndLine() {
        ScaleSimFormatException missing = assertThrows(ScaleSimFormatException.class, () -> ScaleSimReader.readConfig(
                "a.cfg", new StringReader("[architecture_presets]\nArrayHeight: 8\n")));
        assertEquals(1, missing.line());
        assertTrue(missing.problem().contains("ArrayWidth"), missing.problem());
        ScaleSimFormatException dataflow = assertThrows(ScaleSimFormatException.class, () -> ScaleSimReader.readConfig(
                "b.cfg", new StringReader("[architecture_presets]\nArrayHeight: 8\nArrayWidth: 8\nIfmapSramSzkB: 1\n"
                        + "FilterSramSzkB: 1\nOfmapSramSzkB: 1\nBandwidth: 4\nDataflow: xs\n")));
        assertEquals(8, dataflow.line());
        assertTrue(dataflow.getMessage().startsWith("b.cfg:8: Dataflow must be os, ws or is"), dataflow.getMessage());
    }

    @Test
    void readsConfigAndTopologyFromFiles(@TempDir Path dir) throws Exception {
        Path cfg = dir.resolve("my_run.cfg");
        Files.writeString(cfg, "[architecture_presets]\nArrayHeight = 8\nArrayWidth = 16\nIfmapSramSzkB = 2\n"
                + "FilterSramSzkB = 2\nOfmapSramSzkB = 2\nBandwidth = 4\nDataflow = ws\n");
        Path csv = dir.resolve("tiny.csv");
        Files.writeString(csv, "Layer, M, N, K\nmm, 4, 5, 6\n");
        // no [general] run_name: the file's base name names the run; no trailing commas needed
        assertEquals("my_run", ScaleSimReader.readConfig(cfg).runName());
        assertEquals(16, ScaleSimReader.readConfig(cfg).arrayWidth());
        NetworkSpec net = ScaleSimReader.readTopology(csv);
        assertEquals("tiny", net.name());
        assertEquals(List.of(new LayerSpec.Dense("mm", 4, 6, 5)), net.layers());
    }
}
